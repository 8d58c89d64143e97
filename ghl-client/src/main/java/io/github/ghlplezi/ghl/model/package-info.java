/**
 * Immutable request and response models of HighLevel's Social Planner and OAuth specifications.
 * Unknown JSON fields are ignored; enumerations are open (values added by HighLevel later are kept,
 * with {@code isKnown()} false). Builders validate what HighLevel enforces (1 to 100 profile ids,
 * page sizes, date windows) before anything is sent.
 */
package io.github.ghlplezi.ghl.model;
