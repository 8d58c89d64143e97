/**
 * Implementation detail of the Plezi client: Retrofit interfaces, interceptors, validation and
 * response parsing. Not an API: may change without notice.
 */
package io.github.ghlplezi.plezi.internal;
