package io.github.ghlplezi.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * One kind of misbehaviour a fake can inject into a matching call. Build with the static
 * factories; attach to calls with {@link FaultRule}.
 */
public final class Fault {

  /** What the fault does. */
  public enum Kind {
    /** Waits (real time) before handling the call normally. */
    LATENCY,
    /** Answers with an error status without handling the call (no side effect). */
    STATUS,
    /** Closes the connection before handling the call (no side effect). */
    CONNECTION_RESET,
    /** Handles the call (side effects happen), then closes the connection without answering. */
    APPLY_THEN_DROP,
    /** Handles the call, then sends the headers and only half of the body before closing. */
    TRUNCATED_BODY,
    /** Handles the call, then sends the body in small pieces spread over a duration. */
    SLOW_BODY
  }

  private final Kind kind;
  private final int status;
  private final Duration duration;

  private Fault(Kind kind, int status, Duration duration) {
    this.kind = kind;
    this.status = status;
    this.duration = duration;
  }

  /**
   * Delays the answer by {@code delay} (wall-clock time).
   *
   * @param delay the delay; positive
   * @return the fault
   */
  public static Fault latency(Duration delay) {
    return new Fault(Kind.LATENCY, 0, requirePositive(delay));
  }

  /**
   * Answers {@code status} (for example 500, 502, 503) with the vendor's error body.
   *
   * @param status a 4xx or 5xx status
   * @return the fault
   * @throws IllegalArgumentException if {@code status} is not 4xx or 5xx
   */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 4xx or 5xx: " + status);
    }
    return new Fault(Kind.STATUS, status, null);
  }

  /**
   * Answers 429 with a {@code Retry-After} header of {@code retryAfter} (whole seconds, at least 1).
   *
   * @param retryAfter the wait announced; positive
   * @return the fault
   */
  public static Fault tooManyRequests(Duration retryAfter) {
    return new Fault(Kind.STATUS, 429, requirePositive(retryAfter));
  }

  /**
   * Closes the connection without handling the call.
   *
   * @return the fault
   */
  public static Fault connectionReset() {
    return new Fault(Kind.CONNECTION_RESET, 0, null);
  }

  /**
   * Performs the call (a write is applied), then loses the response.
   *
   * @return the fault
   */
  public static Fault applyThenDrop() {
    return new Fault(Kind.APPLY_THEN_DROP, 0, null);
  }

  /**
   * Performs the call, then sends a body cut in half (Content-Length promises the whole).
   *
   * @return the fault
   */
  public static Fault truncatedBody() {
    return new Fault(Kind.TRUNCATED_BODY, 0, null);
  }

  /**
   * Performs the call, then trickles the body out over {@code total} (wall-clock time).
   *
   * @param total how long the body takes to arrive; positive
   * @return the fault
   */
  public static Fault slowBody(Duration total) {
    return new Fault(Kind.SLOW_BODY, 0, requirePositive(total));
  }

  /**
   * What this fault does to a call.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The status of a {@link Kind#STATUS} fault, 0 otherwise.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The delay, Retry-After or body duration; null when not applicable.
   *
   * @return the duration, or {@code null}
   */
  public Duration duration() {
    return duration;
  }

  private static Duration requirePositive(Duration d) {
    Objects.requireNonNull(d, "duration");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("duration must be positive: " + d);
    }
    return d;
  }

  @Override
  public String toString() {
    return "Fault[" + kind + (status > 0 ? " " + status : "") + (duration != null ? " " + duration : "") + "]";
  }
}
