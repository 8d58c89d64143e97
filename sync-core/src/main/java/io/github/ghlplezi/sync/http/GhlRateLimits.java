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

  /** HighLevel's published limits. */
  public static GhlRateLimits defaults() {
    return DEFAULT;
  }

  public GhlRateLimits withBurst(int max, Duration interval) {
    return new GhlRateLimits(max, interval, dailyMax, maxWait);
  }

  public GhlRateLimits withDailyMax(int value) {
    return new GhlRateLimits(burstMax, burstInterval, value, maxWait);
  }

  public GhlRateLimits withMaxWait(Duration value) {
    return new GhlRateLimits(burstMax, burstInterval, dailyMax, value);
  }
}
