package io.github.ghlplezi.http;

/**
 * How a failed (or successful) HTTP exchange is classified by {@link Failures}: the one answer to
 * "is this failure retried?", shared by both clients, the resilient HTTP stack and the sync engine.
 */
public enum FailureKind {
  /** The exchange succeeded (1xx, 2xx or 3xx): nothing to retry. */
  NONE,
  /** HTTP 429: the server refused the request before acting on it; retry after the advised wait. */
  RATE_LIMITED,
  /** 408, any 5xx, or an I/O failure that may heal: repeating a safe request may succeed. */
  TRANSIENT,
  /**
   * Any other 4xx (400, 401 that persists after one refresh, 403, 404, 409, 422, ...), a broken
   * TLS peer or certificate, a cancelled call, or a broken protocol contract: repeating cannot help.
   */
  PERMANENT;

  /**
   * Whether a request that is safe to repeat should be repeated after failing this way.
   *
   * @return {@code true} for {@link #RATE_LIMITED} and {@link #TRANSIENT}
   */
  public boolean isRetriable() {
    return this == RATE_LIMITED || this == TRANSIENT;
  }
}
