/**
 * Values sent to and received from Plezi: immutable, built with builders, unknown JSON properties
 * ignored so that vendor additions never break a caller.
 */
package io.github.ghlplezi.plezi.model;
