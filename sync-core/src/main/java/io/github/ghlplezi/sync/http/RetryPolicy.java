package io.github.ghlplezi.sync.http;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When and how often a safe request is repeated. Validated and immutable; change a field with the
 * {@code withX} methods.
 *
 * <p>Delays grow exponentially with full jitter: before retry {@code n} (1-based) the wait is a
 * uniform random value in {@code [0, min(maxDelay, baseDelay * 2^(n-1))]}. A {@code Retry-After}
 * header is honoured as a minimum. {@code maxAttempts} bounds transient failures (5xx, 408, I/O);
 * 429 responses are server-directed waits and are bounded only by {@code deadline}, so a burst of
 * rate limiting never burns the attempts ({@code maxAttempts == 1} turns every retry off, 429
 * included). No retry is scheduled whose wait would end after the
 * deadline (measured from the first attempt).
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>field</th><th>default</th></tr>
 *   <tr><td>maxAttempts</td><td>8 (first try included)</td></tr>
 *   <tr><td>baseDelay</td><td>200 ms</td></tr>
 *   <tr><td>maxDelay</td><td>30 s</td></tr>
 *   <tr><td>deadline</td><td>2 min</td></tr>
 * </table>
 *
 * @param maxAttempts attempts for transient failures, the first included; {@code >= 1}
 * @param baseDelay   the first backoff ceiling; positive
 * @param maxDelay    the largest backoff ceiling; {@code >= baseDelay}
 * @param deadline    overall time budget for one call, retries and waits included; positive
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration deadline) {

  /** The documented defaults. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(8, Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofMinutes(2));

  /** No retries at all (not even after a 429). */
  public static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMinutes(2));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
    }
    requirePositive(baseDelay, "baseDelay");
    requirePositive(maxDelay, "maxDelay");
    requirePositive(deadline, "deadline");
    if (maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must be >= baseDelay: " + maxDelay + " < " + baseDelay);
    }
  }

  /** The documented defaults. */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  public RetryPolicy withMaxAttempts(int value) {
    return new RetryPolicy(value, baseDelay, maxDelay, deadline);
  }

  public RetryPolicy withBaseDelay(Duration value) {
    return new RetryPolicy(maxAttempts, value, maxDelay, deadline);
  }

  public RetryPolicy withMaxDelay(Duration value) {
    return new RetryPolicy(maxAttempts, baseDelay, value, deadline);
  }

  public RetryPolicy withDeadline(Duration value) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, value);
  }

  /**
   * The ceiling of the jittered wait before retry {@code retry} (1-based):
   * {@code min(maxDelay, baseDelay * 2^(retry-1))}.
   */
  public Duration backoffCeiling(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1: " + retry);
    }
    int shift = Math.min(retry - 1, 40);
    long base = baseDelay.toMillis();
    long ceiling = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
    return Duration.ofMillis(Math.min(ceiling, maxDelay.toMillis()));
  }

  /** A full-jitter wait before retry {@code retry}: uniform in {@code [0, backoffCeiling(retry)]}. */
  public Duration backoff(int retry, RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    long ceiling = backoffCeiling(retry).toMillis();
    return Duration.ofMillis(random.nextLong(ceiling + 1));
  }

  static void requirePositive(Duration d, String field) {
    Objects.requireNonNull(d, field);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(field + " must be positive: " + d);
    }
  }
}
