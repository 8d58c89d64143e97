package io.github.ghlplezi.sync;

import java.util.Objects;

/**
 * Why a location could not be synced.
 *
 * @param stage the step that failed
 * @param message what went wrong, as the client or the vendor put it; never holds a secret
 */
public record SyncFailure(Stage stage, String message) {

  /** The step of the data flow where a failure happened. */
  public enum Stage {
    /** Reading from HighLevel. */
    FETCH,
    /** Writing to Plezi. */
    DELIVER
  }

  /** Checks the arguments. */
  public SyncFailure {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
  }
}
