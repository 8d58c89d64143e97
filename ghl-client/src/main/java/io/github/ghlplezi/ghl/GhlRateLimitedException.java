package io.github.ghlplezi.ghl;

import java.time.Duration;
import java.util.Optional;

/**
 * HighLevel's rate limit for the app and location was exhausted (HTTP 429). The burst window is
 * 100 requests per 10 seconds and the daily budget 200,000 requests per location; see
 * {@link #rateLimit()} for the values the response reported and {@link #retryAfter()} for the
 * server's hint, when it sent one.
 */
public final class GhlRateLimitedException extends GhlApiException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The Retry-After delay, may be null. */
  private final Duration retryAfter;

  /**
   * @param details what is known about the failed call
   * @param retryAfter the {@code Retry-After} delay, may be {@code null}
   */
  public GhlRateLimitedException(GhlErrorDetails details, Duration retryAfter) {
    super(details, null);
    this.retryAfter = retryAfter;
  }

  /** @return the delay from a {@code Retry-After} header, when HighLevel sent one */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * A conservative wait before retrying: {@code Retry-After} when present, otherwise one burst
   * interval ({@code X-RateLimit-Interval-Milliseconds}, 10 s when absent). When the daily budget
   * is exhausted ({@code X-RateLimit-Daily-Remaining} 0) the reset time is undocumented, so the
   * caller should stop the location for the day rather than rely on this value.
   *
   * @return how long to wait before the next attempt
   */
  public Duration suggestedWait() {
    if (retryAfter != null) {
      return retryAfter;
    }
    return rateLimit()
        .flatMap(RateLimitInfo::interval)
        .orElse(Duration.ofSeconds(10));
  }
}
