package io.github.ghlplezi.sync.http;

import java.time.Duration;

/**
 * HighLevel's rate budget per (app, location): a burst of {@code burstMax} requests per
 * {@code burstInterval} and {@code dailyMax} requests per UTC day. These are starting values: each
 * response's {@code X-RateLimit-Max}, {@code X-RateLimit-Interval-Milliseconds},
 * {@code X-RateLimit-Limit-Daily}, {@code X-RateLimit-Remaining} and
 * {@code X-RateLimit-Daily-Remaining} headers correct them. Validated and immutable.
 *
 * <p>A request waits (through the injected sleeper) for its location's budget before it is sent; if
 * the wait would exceed {@code maxWait}, or the daily budget is spent, it fails with
 * {@link RateBudgetExceededException} without being sent.
 *
 * <table>
 *   <caption>Defaults (HighLevel's published limits)</caption>
 *   <tr><th>field</th><th>default</th></tr>
 *   <tr><td>burstMax</td><td>100</td></tr>
 *   <tr><td>burstInterval</td><td>10 s</td></tr>
 *   <tr><td>dailyMax</td><td>200,000</td></tr>
 *   <tr><td>maxWait</td><td>60 s</td></tr>
 * </table>
 */
public record GhlRateLimits(int burstMax, Duration burstInterval, int dailyMax, Duration maxWait) {

  /** HighLevel's published limits. */
  public static final GhlRateLimits DEFAULT =
      new GhlRateLimits(100, Duration.ofSeconds(10), 200_000, Duration.ofSeconds(60));

  /** The limits reported for sandbox (app test) accounts: 25 / 10 s and 10,000 / day. */
  public static final GhlRateLimits SANDBOX =
      new GhlRateLimits(25, Duration.ofSeconds(10), 10_000, Duration.ofSeconds(60));

  /**
   * Validates the limits.
   *
   * @param burstMax the requests allowed per burst interval
   * @param burstInterval the length of a burst interval
   * @param dailyMax the requests allowed per UTC day
   * @param maxWait the longest a request waits for its budget before failing
   * @throws IllegalArgumentException if a value is not positive
   */
  public GhlRateLimits {
    if (burstMax < 1) {
      throw new IllegalArgumentException("burstMax must be >= 1: " + burstMax);
    }
    if (dailyMax < 1) {
      throw new IllegalArgumentException("dailyMax must be >= 1: " + dailyMax);
    }
    RetryPolicy.requirePositive(burstInterval, "burstInterval");
    RetryPolicy.requirePositive(maxWait, "maxWait");
  }

  /**
   * HighLevel's published limits.
   *
   * @return {@link #DEFAULT}
   */
  public static GhlRateLimits defaults() {
    return DEFAULT;
  }

  /**
   * A copy with another burst limit.
   *
   * @param max the requests allowed per interval
   * @param interval the burst interval
   * @return the copy
   */
  public GhlRateLimits withBurst(int max, Duration interval) {
    return new GhlRateLimits(max, interval, dailyMax, maxWait);
  }

  /**
   * A copy with another daily limit.
   *
   * @param value the requests allowed per UTC day
   * @return the copy
   */
  public GhlRateLimits withDailyMax(int value) {
    return new GhlRateLimits(burstMax, burstInterval, value, maxWait);
  }

  /**
   * A copy with another longest wait.
   *
   * @param value the longest wait for the budget
   * @return the copy
   */
  public GhlRateLimits withMaxWait(Duration value) {
    return new GhlRateLimits(burstMax, burstInterval, dailyMax, value);
  }
}
