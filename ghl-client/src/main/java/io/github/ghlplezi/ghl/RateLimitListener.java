package io.github.ghlplezi.ghl;

/**
 * Receives the {@code X-RateLimit-*} values of every HighLevel response (including error
 * responses and responses that are retried), so that a caller can keep per-location budgets.
 *
 * <p>Called synchronously on the thread that made the request, once per HTTP response, before the
 * typed method returns or throws. Implementations must be fast and thread-safe; an exception
 * thrown by the listener is logged and ignored.
 */
@FunctionalInterface
public interface RateLimitListener {

  /** A listener that ignores every event. */
  RateLimitListener NONE = event -> { };

  /**
   * Called once per HTTP response that carried at least one {@code X-RateLimit-*} header.
   *
   * @param event the location, operation and parsed values
   */
  void onRateLimit(RateLimitEvent event);
}
