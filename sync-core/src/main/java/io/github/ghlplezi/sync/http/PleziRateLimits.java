package io.github.ghlplezi.sync.http;

import java.time.Duration;

/**
 * Plezi's rate budget. Plezi publishes no limits, so the budget adapts: requests are paced at a
 * rate that starts at {@code initialPerSecond}, grows by {@code increasePerSecond} after each
 * accepted request (additive increase) up to {@code maxPerSecond}, and is multiplied by
 * {@code decreaseFactor} on every 429 (multiplicative decrease) down to {@code minPerSecond}.
 * Requests are admitted in arrival order, so no caller starves. Validated and immutable.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>field</th><th>default</th></tr>
 *   <tr><td>initialPerSecond</td><td>10</td></tr>
 *   <tr><td>minPerSecond</td><td>0.5</td></tr>
 *   <tr><td>maxPerSecond</td><td>50</td></tr>
 *   <tr><td>increasePerSecond</td><td>0.05 per accepted request</td></tr>
 *   <tr><td>decreaseFactor</td><td>0.5</td></tr>
 *   <tr><td>maxWait</td><td>60 s</td></tr>
 * </table>
 */
public record PleziRateLimits(
    double initialPerSecond,
    double minPerSecond,
    double maxPerSecond,
    double increasePerSecond,
    double decreaseFactor,
    Duration maxWait) {

  /** The documented defaults. */
  public static final PleziRateLimits DEFAULT =
      new PleziRateLimits(10, 0.5, 50, 0.05, 0.5, Duration.ofSeconds(60));

  /**
   * Validates the limits.
   *
   * @param initialPerSecond the starting pace, within [min, max]
   * @param minPerSecond the slowest pace; positive
   * @param maxPerSecond the fastest pace; at least the slowest
   * @param increasePerSecond the pace added after each accepted request; {@code >= 0}
   * @param decreaseFactor the factor applied on each 429; in (0, 1)
   * @param maxWait the longest a request waits for its turn before failing; positive
   * @throws IllegalArgumentException if a value is out of range
   */
  public PleziRateLimits {
    if (!(minPerSecond > 0)) {
      throw new IllegalArgumentException("minPerSecond must be positive: " + minPerSecond);
    }
    if (!(maxPerSecond >= minPerSecond)) {
      throw new IllegalArgumentException("maxPerSecond must be >= minPerSecond: " + maxPerSecond);
    }
    if (!(initialPerSecond >= minPerSecond && initialPerSecond <= maxPerSecond)) {
      throw new IllegalArgumentException(
          "initialPerSecond must be within [minPerSecond, maxPerSecond]: " + initialPerSecond);
    }
    if (!(increasePerSecond >= 0)) {
      throw new IllegalArgumentException("increasePerSecond must be >= 0: " + increasePerSecond);
    }
    if (!(decreaseFactor > 0 && decreaseFactor < 1)) {
      throw new IllegalArgumentException("decreaseFactor must be in (0, 1): " + decreaseFactor);
    }
    RetryPolicy.requirePositive(maxWait, "maxWait");
  }

  /**
   * The documented defaults.
   *
   * @return {@link #DEFAULT}
   */
  public static PleziRateLimits defaults() {
    return DEFAULT;
  }

  /**
   * A fixed pace of {@code perSecond} requests per second (no adaptation above it).
   *
   * @param perSecond the pace, requests per second; positive
   * @return limits that start at and never exceed {@code perSecond} (a 429 still slows the pace,
   *     down to 0.5 per second or {@code perSecond} if lower)
   */
  public static PleziRateLimits fixed(double perSecond) {
    return new PleziRateLimits(perSecond, Math.min(perSecond, 0.5), perSecond, 0, 0.5, DEFAULT.maxWait());
  }

  /**
   * A copy with other paces.
   *
   * @param initial the starting pace
   * @param min the slowest pace
   * @param max the fastest pace
   * @return the copy
   */
  public PleziRateLimits withRates(double initial, double min, double max) {
    return new PleziRateLimits(initial, min, max, increasePerSecond, decreaseFactor, maxWait);
  }

  /**
   * A copy with another adaptation.
   *
   * @param increase the pace added after each accepted request
   * @param decrease the factor applied on each 429
   * @return the copy
   */
  public PleziRateLimits withAimd(double increase, double decrease) {
    return new PleziRateLimits(initialPerSecond, minPerSecond, maxPerSecond, increase, decrease, maxWait);
  }

  /**
   * A copy with another longest wait.
   *
   * @param value the longest wait for a turn
   * @return the copy
   */
  public PleziRateLimits withMaxWait(Duration value) {
    return new PleziRateLimits(initialPerSecond, minPerSecond, maxPerSecond, increasePerSecond, decreaseFactor, value);
  }
}
