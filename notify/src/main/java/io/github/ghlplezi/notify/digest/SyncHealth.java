package io.github.ghlplezi.notify.digest;

import java.time.ZonedDateTime;

/**
 * How a location's sync fared during the week, from the event log and the dead letters.
 *
 * @param lastSuccess the last successful sync before the week's end (up to five weeks back), in
 *     the recipient's zone, or {@code null} when there was none
 * @param syncs successful syncs during the week
 * @param failures failed syncs during the week
 * @param deadLetters dead letters set aside during the week
 * @param openDeadLetters dead letters of the location still waiting for a successful replay
 * @param lastFailure the reason of the week's last failure, or {@code null}
 */
public record SyncHealth(ZonedDateTime lastSuccess, int syncs, int failures, int deadLetters, int openDeadLetters,
    String lastFailure) {

  /** The verdict shown next to a location. */
  public enum Status {
    /** Synced during the week, no failure. */
    HEALTHY,
    /** Synced, with failures. */
    DEGRADED,
    /** Never synced during the week, or a dead letter waits for a person. */
    FAILING
  }

  /**
   * The verdict.
   *
   * @return {@code FAILING} without a successful sync in the week or with an open dead letter,
   *     {@code DEGRADED} with failures, else {@code HEALTHY}
   */
  public Status status() {
    if (syncs == 0 || openDeadLetters > 0) {
      return Status.FAILING;
    }
    return failures > 0 ? Status.DEGRADED : Status.HEALTHY;
  }
}
