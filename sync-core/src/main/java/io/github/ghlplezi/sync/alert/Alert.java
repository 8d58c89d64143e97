package io.github.ghlplezi.sync.alert;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One alert, as a sink receives it.
 *
 * @param key identifies this alert across replicas and restarts: the same crossing or the same
 *     operational condition always has the same key, so a sink or a receiver can drop a repeat
 * @param kind what it is about
 * @param locationId the location it concerns, or empty when it concerns the whole installation
 * @param raisedAt when it was raised (the clock of the process that raised it)
 * @param title one short line
 * @param message what happened and what to do, in a sentence or two; never a secret
 * @param details machine-readable facts (rule, metric, value, threshold, ...), in a stable order
 */
public record Alert(
    String key,
    AlertKind kind,
    String locationId,
    Instant raisedAt,
    String title,
    String message,
    Map<String, String> details) {

  /**
   * Checks the arguments and copies the details.
   *
   * @param key identifies this alert across replicas and restarts
   * @param kind what it is about
   * @param locationId the location it concerns, or empty
   * @param raisedAt when it was raised
   * @param title one short line
   * @param message what happened and what to do
   * @param details machine-readable facts
   */
  public Alert {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(raisedAt, "raisedAt");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(message, "message");
    details = Map.copyOf(Objects.requireNonNull(details, "details"));
    if (key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
  }
}
