package io.github.ghlplezi.notify.digest;

import java.util.Objects;

/**
 * What is sent at most once: one recipient's digest of one week through one sink.
 *
 * @param recipientId the recipient's id
 * @param week the ISO week
 * @param sink the sink's name
 */
public record DigestClaim(String recipientId, DigestWeek week, String sink) {

  /**
   * Checks the fields.
   *
   * @param recipientId the recipient's id
   * @param week the ISO week
   * @param sink the sink's name
   */
  public DigestClaim {
    Objects.requireNonNull(recipientId, "recipientId");
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(sink, "sink");
    if (sink.isEmpty() || sink.length() > 64) {
      throw new IllegalArgumentException("sink name must be 1 to 64 characters: " + sink);
    }
  }

  /** Where a claim stands. */
  public enum Status {
    /** A replica took it and is sending (until its lease ends). */
    SENDING,
    /** Sent: never sent again. */
    SENT,
    /** The last attempt failed and may be repeated: the next replica to try takes it. */
    FAILED,
    /** The last attempt failed permanently: not tried again. */
    ABANDONED
  }
}
