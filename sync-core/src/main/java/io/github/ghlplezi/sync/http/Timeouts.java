package io.github.ghlplezi.sync.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Socket and whole-call timeouts of the HTTP client. Validated and immutable.
 *
 * <p>{@code call} bounds one logical call from the caller's point of view: every attempt, backoff
 * and rate-budget wait included (OkHttp's call timeout). It must be at least the retry policy's
 * deadline, or zero for "no whole-call limit" (then the retry deadline alone bounds the call).
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>field</th><th>default</th></tr>
 *   <tr><td>connect</td><td>10 s</td></tr>
 *   <tr><td>read</td><td>30 s (between two reads of the socket)</td></tr>
 *   <tr><td>write</td><td>30 s</td></tr>
 *   <tr><td>call</td><td>3 min</td></tr>
 * </table>
 */
public record Timeouts(Duration connect, Duration read, Duration write, Duration call) {

  /** The documented defaults. */
  public static final Timeouts DEFAULT =
      new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(3));

  /**
   * Validates the timeouts.
   *
   * @param connect the connect timeout; positive
   * @param read the longest pause between two reads of the socket; positive
   * @param write the longest pause between two writes; positive
   * @param call the whole-call limit; zero for none, else at least the retry deadline
   * @throws IllegalArgumentException if a value is out of range
   */
  public Timeouts {
    RetryPolicy.requirePositive(connect, "connect");
    RetryPolicy.requirePositive(read, "read");
    RetryPolicy.requirePositive(write, "write");
    Objects.requireNonNull(call, "call");
    if (call.isNegative()) {
      throw new IllegalArgumentException("call must be zero (no limit) or positive: " + call);
    }
  }

  /**
   * The documented defaults.
   *
   * @return {@link #DEFAULT}
   */
  public static Timeouts defaults() {
    return DEFAULT;
  }

  /**
   * A copy with another connect timeout.
   *
   * @param value the connect timeout
   * @return the copy
   */
  public Timeouts withConnect(Duration value) {
    return new Timeouts(value, read, write, call);
  }

  /**
   * A copy with another read timeout.
   *
   * @param value the read timeout
   * @return the copy
   */
  public Timeouts withRead(Duration value) {
    return new Timeouts(connect, value, write, call);
  }

  /**
   * A copy with another write timeout.
   *
   * @param value the write timeout
   * @return the copy
   */
  public Timeouts withWrite(Duration value) {
    return new Timeouts(connect, read, value, call);
  }

  /**
   * A copy with another whole-call limit.
   *
   * @param value the whole-call limit, zero for none
   * @return the copy
   */
  public Timeouts withCall(Duration value) {
    return new Timeouts(connect, read, write, value);
  }
}
