package io.github.ghlplezi.sync.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Observes the resilient HTTP chain. Every method has an empty default; implementations must be
 * thread-safe and fast (they run on the calling thread). Events never carry headers, query strings
 * or bodies, so they hold no secret.
 */
public interface HttpEventListener {

  /** A listener that ignores everything. */
  HttpEventListener NOOP = new HttpEventListener() {};

  /**
   * One attempt finished: with a status, or with an I/O failure ({@code status == 0}).
   *
   * @param event the attempt
   */
  default void onRequest(RequestEvent event) {}

  /**
   * A retry was scheduled after a failed attempt.
   *
   * @param event the retry, with its reason and wait
   */
  default void onRetry(RetryEvent event) {}

  /**
   * A request waited for its rate budget before being sent.
   *
   * @param event the budget and how long the request waited
   */
  default void onThrottled(ThrottleEvent event) {}

  /**
   * A host's circuit breaker changed state.
   *
   * @param event the host and its new state
   */
  default void onCircuitStateChange(CircuitEvent event) {}

  /**
   * Calls every listener in order; a listener that throws does not stop the others.
   *
   * @param listeners the listeners, in calling order
   * @return one listener calling all of them
   */
  static HttpEventListener composite(List<HttpEventListener> listeners) {
    List<HttpEventListener> all = List.copyOf(listeners);
    return new HttpEventListener() {
      @Override
      public void onRequest(RequestEvent event) {
        all.forEach(l -> safely(() -> l.onRequest(event)));
      }

      @Override
      public void onRetry(RetryEvent event) {
        all.forEach(l -> safely(() -> l.onRetry(event)));
      }

      @Override
      public void onThrottled(ThrottleEvent event) {
        all.forEach(l -> safely(() -> l.onThrottled(event)));
      }

      @Override
      public void onCircuitStateChange(CircuitEvent event) {
        all.forEach(l -> safely(() -> l.onCircuitStateChange(event)));
      }

      private void safely(Runnable r) {
        try {
          r.run();
        } catch (RuntimeException ignored) {
          // a faulty listener must not break HTTP calls
        }
      }
    };
  }

  /**
   * One attempt of a call.
   *
   * @param api        which remote API
   * @param method     HTTP method
   * @param host       target host
   * @param path       URL path (never the query string)
   * @param locationId the HighLevel location, or {@code null}
   * @param attempt    1 for the first try
   * @param status     HTTP status, or 0 when the attempt failed with an exception
   * @param failure    simple class name of the exception, or {@code null}
   * @param duration   time spent on the attempt, any rate-budget wait included
   */
  record RequestEvent(
      RemoteApi api, String method, String host, String path, String locationId,
      int attempt, int status, String failure, Duration duration) {
    /**
     * Checks the required components.
     *
     * @param api which remote API
     * @param method the HTTP method
     * @param host the target host
     * @param path the URL path, without query
     * @param locationId the HighLevel location, or {@code null}
     * @param attempt 1 for the first try
     * @param status the HTTP status, 0 when the attempt failed with an exception
     * @param failure the exception's simple class name, or {@code null}
     * @param duration the time spent on the attempt
     * @throws NullPointerException if {@code api}, {@code method} or {@code path} is {@code null}
     */
    public RequestEvent {
      Objects.requireNonNull(api, "api");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(duration, "duration");
    }
  }

  /**
   * A scheduled retry.
   *
   * @param attempt the attempt that failed (1-based)
   * @param reason  the status code ("503") or exception class name that caused the retry
   * @param delay   the wait before the next attempt
   */
  record RetryEvent(
      RemoteApi api, String method, String path, String locationId, int attempt, String reason, Duration delay) {}

  /**
   * A wait imposed by a rate budget.
   *
   * @param budgetKey a HighLevel location id, {@code "_app"} for calls without a location, or {@code "plezi"}
   * @param delay     how long the request waits (this time)
   */
  record ThrottleEvent(RemoteApi api, String budgetKey, Duration delay) {}

  /** A circuit breaker transition. */
  record CircuitEvent(String host, CircuitState from, CircuitState to) {}
}
