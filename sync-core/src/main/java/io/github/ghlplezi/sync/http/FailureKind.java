package io.github.ghlplezi.sync.http;

/**
 * How a failed (or successful) HTTP exchange is classified by {@link Failures#classify(int)} and
 * {@link Failures#classify(Throwable)}.
 */
public enum FailureKind {
  /** The exchange succeeded (2xx/3xx); nothing to retry. */
  NONE,
  /** HTTP 429: the server refused the request before acting on it; retry after the advised wait. */
  RATE_LIMITED,
  /** 5xx, 408 or an I/O failure: may succeed if repeated. */
  TRANSIENT,
  /** Any other 4xx (400, 401 after one refresh, 403, 404, 422, ...) or a broken protocol contract. */
  PERMANENT;

  /** Whether a safe request failing this way should be repeated. */
  public boolean isRetriable() {
    return this == RATE_LIMITED || this == TRANSIENT;
  }
}
