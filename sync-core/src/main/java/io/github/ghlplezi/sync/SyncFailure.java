package io.github.ghlplezi.sync;

import io.github.ghlplezi.ghl.GhlApiException;
import io.github.ghlplezi.plezi.PleziApiException;
import io.github.ghlplezi.http.FailureKind;
import io.github.ghlplezi.http.Failures;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a location could not be synced.
 *
 * @param stage the step that failed
 * @param kind whether a later run may succeed ({@link FailureKind#isRetriable()}) or a person must act
 * @param status the HTTP status the vendor answered, or 0 when no response was received
 * @param requestId the vendor's id of the failed request (HighLevel's trace id, Plezi's request id), if known
 * @param message what went wrong, as the client or the vendor put it; never holds a secret
 */
public record SyncFailure(Stage stage, FailureKind kind, int status, Optional<String> requestId, String message) {

  /** The step of the data flow where a failure happened. */
  public enum Stage {
    /** Reading from HighLevel. */
    FETCH,
    /** Writing to Plezi. */
    DELIVER,
    /** Recording the outcome in the engine's store. */
    RECORD
  }

  /**
   * Checks the arguments.
   *
   * @param stage the step that failed
   * @param kind whether a later run may succeed ({@link FailureKind#isRetriable()}) or a person must act
   * @param status the HTTP status the vendor answered, or 0 when no response was received
   * @param requestId the vendor's id of the failed request (HighLevel's trace id, Plezi's request id), if known
   * @param message what went wrong, as the client or the vendor put it; never holds a secret
   */
  public SyncFailure {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(message, "message");
    if (kind == FailureKind.NONE) {
      throw new IllegalArgumentException("kind must name a failure, not NONE");
    }
  }

  /**
   * Describes an exception thrown by a client, classified by the SDK's one retriable-or-permanent
   * rule ({@link Failures}).
   *
   * @param stage the step that failed
   * @param failure what the client threw
   * @return the failure
   */
  public static SyncFailure of(Stage stage, RuntimeException failure) {
    int status = 0;
    Optional<String> requestId = Optional.empty();
    if (failure instanceof GhlApiException ghl) {
      status = ghl.status();
      requestId = ghl.traceId();
    } else if (failure instanceof PleziApiException plezi) {
      status = plezi.status();
      requestId = plezi.requestId();
    }
    FailureKind kind = status > 0 ? Failures.classify(status) : Failures.classify(failure);
    String message = failure.getMessage();
    String description = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return new SyncFailure(stage, kind == FailureKind.NONE ? FailureKind.PERMANENT : kind, status, requestId,
        description);
  }
}
