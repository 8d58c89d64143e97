package io.github.ghlplezi.sync.events;

import io.github.ghlplezi.sync.LocationMapping;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A location whose sync failed permanently (a person must act), kept until a replay succeeds.
 *
 * @param id the store's id (0 before it is stored)
 * @param at when it failed
 * @param runId the failed run
 * @param mapping the location and contact, so a replay needs no other configuration
 * @param reason the stage and the vendor's message; never a secret
 * @param replayedBy the run whose replay succeeded, once one did
 */
public record DeadLetter(long id, Instant at, String runId, LocationMapping mapping, String reason,
    Optional<String> replayedBy) {

  /**
   * Checks the arguments.
   *
   * @param id the store's id (0 before it is stored)
   * @param at when it failed
   * @param runId the failed run
   * @param mapping the location and contact, so a replay needs no other configuration
   * @param reason the stage and the vendor's message; never a secret
   * @param replayedBy the run whose replay succeeded, once one did
   */
  public DeadLetter {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(replayedBy, "replayedBy");
  }

  /**
   * Whether it still waits for a successful replay.
   *
   * @return whether no run has replayed it successfully yet
   */
  public boolean open() {
    return replayedBy.isEmpty();
  }
}
