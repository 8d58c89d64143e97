package io.github.ghlplezi.sync.http;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When and how often a safe request is repeated. Validated and immutable; change a field with the
 * {@code withX} methods.
 *
 * <p>Delays grow exponentially with full jitter: before retry {@code n} (1-based) the wait is a
 * uniform random value in {@code [0, min(maxDelay, baseDelay * 2^(n-1))]}, and never shorter than
 * {@code minDelay} (so {@code Retry-After: 0} cannot turn into a busy loop). A {@code Retry-After}
 * header is honoured as a minimum; one above {@code maxRetryAfter} means "give up now": the answer
 * is handed back at once (the clients turn it into their typed rate-limited or transient failure).
 * {@code maxAttempts} bounds transient failures (5xx, 408, I/O); 429 responses are counted
 * separately, bounded by {@code max429Retries}, so a burst of rate limiting does not burn the
 * attempts for transient failures ({@code maxAttempts == 1} turns every retry off, 429 included).
 * No retry is scheduled whose wait would end after the deadline (measured from the first attempt).
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>field</th><th>default</th></tr>
 *   <tr><td>maxAttempts</td><td>8 (first try included)</td></tr>
 *   <tr><td>baseDelay</td><td>200 ms</td></tr>
 *   <tr><td>maxDelay</td><td>30 s</td></tr>
 *   <tr><td>deadline</td><td>2 min</td></tr>
 *   <tr><td>minDelay</td><td>100 ms</td></tr>
 *   <tr><td>max429Retries</td><td>5</td></tr>
 *   <tr><td>maxRetryAfter</td><td>60 s</td></tr>
 * </table>
 *
 * @param maxAttempts attempts for transient failures, the first included; {@code >= 1}
 * @param baseDelay   the first backoff ceiling; positive
 * @param maxDelay    the largest backoff ceiling; {@code >= baseDelay}
 * @param deadline    overall time budget for one call, retries and waits included; positive
 * @param minDelay    the shortest wait before any retry; positive, {@code <= baseDelay}
 * @param max429Retries retries after 429 answers, in addition to {@code maxAttempts}; {@code >= 0}
 * @param maxRetryAfter the longest {@code Retry-After} waited for; {@code >= minDelay}
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration deadline,
    Duration minDelay, int max429Retries, Duration maxRetryAfter) {

  private static final Duration DEFAULT_MIN_DELAY = Duration.ofMillis(100);
  private static final int DEFAULT_MAX_429_RETRIES = 5;
  private static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

  /** The documented defaults. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(8, Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofMinutes(2));

  /** No retries at all (not even after a 429). */
  public static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMinutes(2), Duration.ofMillis(1), 0,
          Duration.ofMillis(1));

  /**
   * A policy with the default {@code minDelay} (capped at {@code baseDelay}), {@code max429Retries}
   * and {@code maxRetryAfter}.
   *
   * @param maxAttempts attempts for transient failures, the first included
   * @param baseDelay the first backoff ceiling
   * @param maxDelay the largest backoff ceiling
   * @param deadline the time budget for one call, retries and waits included
   */
  public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration deadline) {
    this(maxAttempts, baseDelay, maxDelay, deadline,
        baseDelay != null && baseDelay.compareTo(DEFAULT_MIN_DELAY) < 0 ? baseDelay : DEFAULT_MIN_DELAY,
        DEFAULT_MAX_429_RETRIES, DEFAULT_MAX_RETRY_AFTER);
  }

  /**
   * Validates the policy.
   *
   * @param maxAttempts attempts for transient failures, the first included; {@code >= 1}
   * @param baseDelay the first backoff ceiling; positive
   * @param maxDelay the largest backoff ceiling; {@code >= baseDelay}
   * @param deadline the time budget for one call; positive
   * @param minDelay the shortest wait before any retry; positive, {@code <= baseDelay}
   * @param max429Retries retries after 429 answers; {@code >= 0}
   * @param maxRetryAfter the longest {@code Retry-After} waited for; {@code >= minDelay}
   * @throws IllegalArgumentException if a value is out of range
   */
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
    requirePositive(minDelay, "minDelay");
    if (minDelay.compareTo(baseDelay) > 0) {
      throw new IllegalArgumentException("minDelay must be <= baseDelay: " + minDelay + " > " + baseDelay);
    }
    if (max429Retries < 0) {
      throw new IllegalArgumentException("max429Retries must be >= 0: " + max429Retries);
    }
    requirePositive(maxRetryAfter, "maxRetryAfter");
  }

  /**
   * The documented defaults.
   *
   * @return {@link #DEFAULT}
   */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /**
   * A copy with another number of attempts.
   *
   * @param value the attempts, the first included
   * @return the copy
   */
  public RetryPolicy withMaxAttempts(int value) {
    return new RetryPolicy(value, baseDelay, maxDelay, deadline, minDelay, max429Retries, maxRetryAfter);
  }

  /**
   * Another base delay; {@code minDelay} follows it down when it would exceed it.
   *
   * @param value the first backoff ceiling
   * @return the copy
   */
  public RetryPolicy withBaseDelay(Duration value) {
    Duration min = value != null && minDelay.compareTo(value) > 0 ? value : minDelay;
    return new RetryPolicy(maxAttempts, value, maxDelay, deadline, min, max429Retries, maxRetryAfter);
  }

  /**
   * A copy with another largest backoff ceiling.
   *
   * @param value the largest ceiling
   * @return the copy
   */
  public RetryPolicy withMaxDelay(Duration value) {
    return new RetryPolicy(maxAttempts, baseDelay, value, deadline, minDelay, max429Retries, maxRetryAfter);
  }

  /**
   * A copy with another time budget per call.
   *
   * @param value the deadline
   * @return the copy
   */
  public RetryPolicy withDeadline(Duration value) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, value, minDelay, max429Retries, maxRetryAfter);
  }

  /**
   * A copy with another shortest wait.
   *
   * @param value the shortest wait before a retry
   * @return the copy
   */
  public RetryPolicy withMinDelay(Duration value) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, deadline, value, max429Retries, maxRetryAfter);
  }

  /**
   * A copy with another number of retries after 429.
   *
   * @param value the retries after 429 answers
   * @return the copy
   */
  public RetryPolicy withMax429Retries(int value) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, deadline, minDelay, value, maxRetryAfter);
  }

  /**
   * A copy with another longest {@code Retry-After}.
   *
   * @param value the longest {@code Retry-After} waited for
   * @return the copy
   */
  public RetryPolicy withMaxRetryAfter(Duration value) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, deadline, minDelay, max429Retries, value);
  }

  /**
   * The ceiling of the jittered wait before retry {@code retry} (1-based):
   * {@code min(maxDelay, baseDelay * 2^(retry-1))}.
   *
   * @param retry the retry number, 1 for the first retry
   * @return the ceiling
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

  /**
   * A full-jitter wait before retry {@code retry}: uniform in {@code [0, backoffCeiling(retry)]},
   * raised to {@code minDelay}.
   *
   * @param retry the retry number, 1 for the first retry
   * @param random the jitter source
   * @return the wait
   */
  public Duration backoff(int retry, RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    long ceiling = backoffCeiling(retry).toMillis();
    return Duration.ofMillis(Math.max(minDelay.toMillis(), random.nextLong(ceiling + 1)));
  }

  static void requirePositive(Duration d, String field) {
    Objects.requireNonNull(d, field);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(field + " must be positive: " + d);
    }
  }
}
