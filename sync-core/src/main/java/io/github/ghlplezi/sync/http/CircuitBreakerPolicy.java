package io.github.ghlplezi.sync.http;

import java.time.Duration;

/**
 * When the per-host circuit breaker opens. It keeps the outcomes of the last {@code windowSize}
 * requests to a host; once at least {@code minimumCalls} are recorded and the share of transient
 * failures (5xx, 408, I/O; never 4xx or 429) reaches {@code failureRateThreshold}, it opens for
 * {@code openDuration}, then lets {@code halfOpenProbes} probe requests through: if all succeed it
 * closes, if one fails it opens again. Validated and immutable; {@code enabled = false} turns the
 * breaker off.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>field</th><th>default</th></tr>
 *   <tr><td>windowSize</td><td>50</td></tr>
 *   <tr><td>minimumCalls</td><td>20</td></tr>
 *   <tr><td>failureRateThreshold</td><td>0.5</td></tr>
 *   <tr><td>openDuration</td><td>30 s</td></tr>
 *   <tr><td>halfOpenProbes</td><td>3</td></tr>
 * </table>
 */
public record CircuitBreakerPolicy(
    boolean enabled,
    int windowSize, int minimumCalls, double failureRateThreshold, Duration openDuration, int halfOpenProbes) {

  /** The documented defaults. */
  public static final CircuitBreakerPolicy DEFAULT =
      new CircuitBreakerPolicy(true, 50, 20, 0.5, Duration.ofSeconds(30), 3);

  /** A breaker that never opens. */
  public static final CircuitBreakerPolicy DISABLED =
      new CircuitBreakerPolicy(false, 50, 20, 0.5, Duration.ofSeconds(30), 3);

  /**
   * Validates the settings.
   *
   * @param enabled whether the breaker acts at all
   * @param windowSize how many recent outcomes per host are kept
   * @param minimumCalls how many outcomes are needed before the breaker may open
   * @param failureRateThreshold the share of transient failures, in (0, 1], that opens the breaker
   * @param openDuration how long the breaker stays open before probing
   * @param halfOpenProbes how many probe requests must succeed to close it again
   * @throws IllegalArgumentException if a value is out of range
   */
  public CircuitBreakerPolicy {
    if (windowSize < 1) {
      throw new IllegalArgumentException("windowSize must be >= 1: " + windowSize);
    }
    if (minimumCalls < 1 || minimumCalls > windowSize) {
      throw new IllegalArgumentException("minimumCalls must be in [1, windowSize]: " + minimumCalls);
    }
    if (!(failureRateThreshold > 0 && failureRateThreshold <= 1)) {
      throw new IllegalArgumentException("failureRateThreshold must be in (0, 1]: " + failureRateThreshold);
    }
    RetryPolicy.requirePositive(openDuration, "openDuration");
    if (halfOpenProbes < 1) {
      throw new IllegalArgumentException("halfOpenProbes must be >= 1: " + halfOpenProbes);
    }
  }

  /**
   * The documented defaults.
   *
   * @return {@link #DEFAULT}
   */
  public static CircuitBreakerPolicy defaults() {
    return DEFAULT;
  }

  /**
   * A copy with another window.
   *
   * @param size the window size
   * @param minimum the minimum number of calls before opening
   * @param threshold the failure-rate threshold
   * @return the copy
   */
  public CircuitBreakerPolicy withWindow(int size, int minimum, double threshold) {
    return new CircuitBreakerPolicy(enabled, size, minimum, threshold, openDuration, halfOpenProbes);
  }

  /**
   * A copy with another open duration.
   *
   * @param value how long the breaker stays open
   * @return the copy
   */
  public CircuitBreakerPolicy withOpenDuration(Duration value) {
    return new CircuitBreakerPolicy(enabled, windowSize, minimumCalls, failureRateThreshold, value, halfOpenProbes);
  }

  /**
   * A copy with another number of half-open probes.
   *
   * @param value the number of probes
   * @return the copy
   */
  public CircuitBreakerPolicy withHalfOpenProbes(int value) {
    return new CircuitBreakerPolicy(enabled, windowSize, minimumCalls, failureRateThreshold, openDuration, value);
  }
}
