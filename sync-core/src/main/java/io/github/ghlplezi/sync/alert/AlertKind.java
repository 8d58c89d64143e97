package io.github.ghlplezi.sync.alert;

/** What an {@link Alert} is about. */
public enum AlertKind {
  /** A statistics value crossed a configured threshold. */
  THRESHOLD,
  /** A location's HighLevel authorization was refused and must be renewed by a person. */
  REAUTHORIZATION_REQUIRED,
  /** Tags have no option in the Plezi field, or Plezi refused option values. */
  OPTIONS_MISSING,
  /** A permanent failure was set aside as a dead letter. */
  DEAD_LETTER,
  /** A location has not synced successfully for longer than allowed. */
  LOCATION_STALLED
}
