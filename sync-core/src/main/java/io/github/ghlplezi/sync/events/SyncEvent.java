package io.github.ghlplezi.sync.events;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the event log.
 *
 * @param sequence the store's order of appends (0 before it is stored)
 * @param at when it happened (the engine's clock)
 * @param runId the run it belongs to
 * @param locationId the location, or empty for run-level events
 * @param type what it records
 * @param detail a short human-readable detail; never a secret
 */
public record SyncEvent(long sequence, Instant at, String runId, String locationId, EventType type, String detail) {

  /**
   * Checks the arguments.
   *
   * @param sequence the store's order of appends (0 before it is stored)
   * @param at when it happened (the engine's clock)
   * @param runId the run it belongs to
   * @param locationId the location, or empty for run-level events
   * @param type what it records
   * @param detail a short human-readable detail; never a secret
   */
  public SyncEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * A new, not yet stored event.
   *
   * @param at when it happened
   * @param runId the run it belongs to
   * @param locationId the location it concerns, or empty for a run-level event
   * @param type what happened
   * @param detail a human-readable detail (never a secret)
   * @return the event, with no sequence number yet
   */
  public static SyncEvent of(Instant at, String runId, String locationId, EventType type, String detail) {
    return new SyncEvent(0, at, runId, locationId, type, detail);
  }

  /**
   * This event with the sequence number the store gave it.
   *
   * @param assigned the sequence number
   * @return the stored event
   */
  public SyncEvent withSequence(long assigned) {
    return new SyncEvent(assigned, at, runId, locationId, type, detail);
  }
}
