package io.github.ghlplezi.notify.digest;

import java.util.Objects;

/**
 * What {@link DigestService#sendDue} did with one recipient's digest for one sink.
 *
 * @param recipientId the recipient
 * @param week the week reported
 * @param sink the sink's name
 * @param result what happened
 * @param message the failure's message for the failed results, else empty; never a secret
 */
public record DigestOutcome(String recipientId, DigestWeek week, String sink, Result result, String message) {

  /** What happened (a {@code switch} over it is checked for completeness by the compiler). */
  public enum Result {
    /** This call delivered it. */
    SENT,
    /** Already sent, being sent by another replica, or abandoned: nothing done. */
    ALREADY_CLAIMED,
    /** Delivery failed and will be tried again by a later call. */
    FAILED_RETRIABLE,
    /** Delivery failed for good (for example an address the server refuses): not tried again. */
    FAILED_PERMANENT
  }

  /**
   * Checks the fields.
   *
   * @param recipientId the recipient
   * @param week the week reported
   * @param sink the sink's name
   * @param result what happened
   * @param message the failure's message, or empty
   */
  public DigestOutcome {
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(message, "message");
  }
}
