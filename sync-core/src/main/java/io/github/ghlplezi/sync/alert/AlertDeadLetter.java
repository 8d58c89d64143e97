package io.github.ghlplezi.sync.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An alert one sink could not deliver after every attempt, kept (never dropped) until a replay
 * delivers it.
 *
 * @param id the store's id (0 before it is stored)
 * @param alert the alert, whole, so a replay needs nothing else
 * @param sink the name of the sink that failed
 * @param attempts how many deliveries were tried, replays included
 * @param lastError the last failure's message; never a secret
 * @param failedAt when the last attempt failed
 * @param replayedAt when a replay delivered it, once one did
 */
public record AlertDeadLetter(long id, Alert alert, String sink, int attempts, String lastError, Instant failedAt,
    Optional<Instant> replayedAt) {

  /**
   * Checks the arguments.
   *
   * @param id the store's id (0 before it is stored)
   * @param alert the alert
   * @param sink the name of the sink that failed
   * @param attempts how many deliveries were tried
   * @param lastError the last failure's message
   * @param failedAt when the last attempt failed
   * @param replayedAt when a replay delivered it, or empty
   */
  public AlertDeadLetter {
    Objects.requireNonNull(alert, "alert");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(failedAt, "failedAt");
    Objects.requireNonNull(replayedAt, "replayedAt");
  }

  /**
   * Whether it still waits for a successful replay.
   *
   * @return whether no replay delivered it yet
   */
  public boolean open() {
    return replayedAt.isEmpty();
  }

  /**
   * This dead letter with the id the store gave it.
   *
   * @param assigned the id
   * @return the stored dead letter
   */
  public AlertDeadLetter withId(long assigned) {
    return new AlertDeadLetter(assigned, alert, sink, attempts, lastError, failedAt, replayedAt);
  }
}
