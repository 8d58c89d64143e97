package io.github.ghlplezi.sync.http.internal;

import io.github.ghlplezi.sync.http.CircuitBreakerPolicy;
import io.github.ghlplezi.sync.http.CircuitState;
import io.github.ghlplezi.sync.http.HttpEventListener;
import java.time.Duration;

/** A count-based circuit breaker for one host. Thread-safe. */
public final class CircuitBreaker {

  private final String host;
  private final CircuitBreakerPolicy policy;
  private final HttpEventListener listener;
  private final boolean[] window;
  private int size;
  private int next;
  private int failures;
  private CircuitState state = CircuitState.CLOSED;
  private long openedAtMillis;
  private int probesIssued;
  private int probeSuccesses;

  public CircuitBreaker(String host, CircuitBreakerPolicy policy, HttpEventListener listener) {
    this.host = host;
    this.policy = policy;
    this.listener = listener;
    this.window = new boolean[policy.windowSize()];
  }

  public synchronized CircuitState state(long nowMillis) {
    return state;
  }

  /**
   * Asks to send one request. Returns null when allowed (the caller must then call
   * {@link #record} or {@link #release}), otherwise the time until the breaker may allow one.
   */
  public Duration tryAcquire(long nowMillis) {
    HttpEventListener.CircuitEvent event = null;
    Duration wait;
    synchronized (this) {
      if (state == CircuitState.OPEN) {
        long until = openedAtMillis + policy.openDuration().toMillis();
        if (nowMillis < until) {
          return Duration.ofMillis(until - nowMillis);
        }
        event = transition(CircuitState.HALF_OPEN);
        probesIssued = 0;
        probeSuccesses = 0;
      }
      if (state == CircuitState.HALF_OPEN) {
        if (probesIssued < policy.halfOpenProbes()) {
          probesIssued++;
          wait = null;
        } else {
          wait = Duration.ofMillis(Math.max(50, policy.openDuration().toMillis() / 20));
        }
      } else {
        wait = null;
      }
    }
    fire(event);
    return wait;
  }

  /** Records the outcome of an allowed request. */
  public void record(boolean failure, long nowMillis) {
    HttpEventListener.CircuitEvent event = null;
    synchronized (this) {
      switch (state) {
        case HALF_OPEN -> {
          if (failure) {
            event = open(nowMillis);
          } else if (++probeSuccesses >= policy.halfOpenProbes()) {
            event = transition(CircuitState.CLOSED);
            size = 0;
            next = 0;
            failures = 0;
          }
        }
        case CLOSED -> {
          if (size == window.length) {
            if (window[next]) {
              failures--;
            }
          } else {
            size++;
          }
          window[next] = failure;
          if (failure) {
            failures++;
          }
          next = (next + 1) % window.length;
          if (size >= policy.minimumCalls() && failures >= policy.failureRateThreshold() * size) {
            event = open(nowMillis);
          }
        }
        case OPEN -> {
          // a late result of a request sent before the breaker opened
        }
      }
    }
    fire(event);
  }

  /** Gives back a permission whose request ended without saying anything about the host. */
  public synchronized void release() {
    if (state == CircuitState.HALF_OPEN && probesIssued > 0) {
      probesIssued--;
    }
  }

  private HttpEventListener.CircuitEvent open(long nowMillis) {
    openedAtMillis = nowMillis;
    return transition(CircuitState.OPEN);
  }

  private HttpEventListener.CircuitEvent transition(CircuitState to) {
    CircuitState from = state;
    state = to;
    return new HttpEventListener.CircuitEvent(host, from, to);
  }

  private void fire(HttpEventListener.CircuitEvent event) {
    if (event != null) {
      Logs.CIRCUIT.warn("circuit breaker for {}: {} -> {}", event.host(), event.from(), event.to());
      listener.onCircuitStateChange(event);
    }
  }
}
