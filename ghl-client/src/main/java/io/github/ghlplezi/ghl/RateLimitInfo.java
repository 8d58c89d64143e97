package io.github.ghlplezi.ghl;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * HighLevel's {@code X-RateLimit-*} response headers, parsed. A header that is absent or not a
 * number is reported as empty. HighLevel limits each app per location (or company): a burst
 * window ({@code X-RateLimit-Max} requests per {@code X-RateLimit-Interval-Milliseconds}) and a
 * daily budget ({@code X-RateLimit-Limit-Daily}). No reset timestamp is documented.
 *
 * @param dailyLimit {@code X-RateLimit-Limit-Daily}
 * @param dailyRemaining {@code X-RateLimit-Daily-Remaining}
 * @param intervalMillis {@code X-RateLimit-Interval-Milliseconds}
 * @param intervalMax {@code X-RateLimit-Max}
 * @param intervalRemaining {@code X-RateLimit-Remaining}
 * @param observedAt when the response was received, by the client's clock
 */
public record RateLimitInfo(
    OptionalLong dailyLimit,
    OptionalLong dailyRemaining,
    OptionalLong intervalMillis,
    OptionalLong intervalMax,
    OptionalLong intervalRemaining,
    Instant observedAt) {

  /** Header carrying the daily limit. */
  public static final String DAILY_LIMIT = "X-RateLimit-Limit-Daily";
  /** Header carrying the remaining daily budget. */
  public static final String DAILY_REMAINING = "X-RateLimit-Daily-Remaining";
  /** Header carrying the burst interval in milliseconds. */
  public static final String INTERVAL_MILLIS = "X-RateLimit-Interval-Milliseconds";
  /** Header carrying the maximum number of requests per burst interval. */
  public static final String INTERVAL_MAX = "X-RateLimit-Max";
  /** Header carrying the remaining requests in the current burst interval. */
  public static final String INTERVAL_REMAINING = "X-RateLimit-Remaining";

  /**
   * Checks that no component is {@code null}.
   *
   * @param dailyLimit see the record component
   * @param dailyRemaining see the record component
   * @param intervalMillis see the record component
   * @param intervalMax see the record component
   * @param intervalRemaining see the record component
   * @param observedAt see the record component
   */
  public RateLimitInfo {
    Objects.requireNonNull(dailyLimit, "dailyLimit");
    Objects.requireNonNull(dailyRemaining, "dailyRemaining");
    Objects.requireNonNull(intervalMillis, "intervalMillis");
    Objects.requireNonNull(intervalMax, "intervalMax");
    Objects.requireNonNull(intervalRemaining, "intervalRemaining");
    Objects.requireNonNull(observedAt, "observedAt");
  }

  /** @return the burst interval as a duration, when reported */
  public Optional<Duration> interval() {
    return intervalMillis.isPresent()
        ? Optional.of(Duration.ofMillis(intervalMillis.getAsLong()))
        : Optional.empty();
  }

  /** @return whether at least one {@code X-RateLimit-*} header was present */
  public boolean isReported() {
    return dailyLimit.isPresent()
        || dailyRemaining.isPresent()
        || intervalMillis.isPresent()
        || intervalMax.isPresent()
        || intervalRemaining.isPresent();
  }

  /** @return whether the response said the burst or the daily budget is used up */
  public boolean isExhausted() {
    return (intervalRemaining.isPresent() && intervalRemaining.getAsLong() <= 0)
        || (dailyRemaining.isPresent() && dailyRemaining.getAsLong() <= 0);
  }
}
