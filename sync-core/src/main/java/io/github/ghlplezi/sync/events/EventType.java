package io.github.ghlplezi.sync.events;

/** What an {@link SyncEvent} records. */
public enum EventType {
  /** A run started (detail: trigger, locations, dry run). */
  RUN_STARTED,
  /** A run finished (detail: counts). */
  RUN_FINISHED,
  /** A location's write was confirmed, or nothing had to be written. */
  LOCATION_SYNCED,
  /** A location failed (detail: stage, kind, status, message). */
  LOCATION_FAILED,
  /** A tag appeared. */
  TAG_CREATED,
  /** A tag kept its id and changed its name. */
  TAG_RENAMED,
  /** A tag was soft-deleted or is no longer listed. */
  TAG_DELETED,
  /** A deleted tag is listed again. */
  TAG_RESTORED,
  /** A contact write was confirmed (detail: fields written). */
  WRITE,
  /** Nothing was sent: Plezi already holds these values (per the ledger). */
  WRITE_SKIPPED,
  /** A write was sent again with the value of an earlier write whose answer was lost. */
  WRITE_RESENT,
  /** A tag has no option in the Plezi field (reported once until resolved). */
  OPTION_MISSING,
  /** Plezi refused option values that configuration lists (reported once until resolved). */
  OPTION_REJECTED,
  /** A missing option now exists and its tag was delivered. */
  OPTION_RESOLVED,
  /** The trigger fields were written for a change. */
  TRIGGER_WRITTEN,
  /** The statistics stream stored a location's window (detail: days, values, skipped accounts). */
  STATISTICS_READ,
  /** Days no statistics read covered were recorded as a gap (detail: first and last day). */
  STATISTICS_GAP,
  /** A permanent failure was set aside for a person (detail: reason). */
  DEAD_LETTER,
  /** An alert was raised and handed to the sinks (detail: alert key and title). */
  ALERT_RAISED,
  /**
   * The token layer found that a person must re-authorize the app for this location or company
   * (detail: reason and user type); a later {@link #LOCATION_SYNCED} of the location clears it.
   */
  REAUTHORIZATION_REQUIRED
}
