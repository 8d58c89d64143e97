package io.github.ghlplezi.sync.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.util.Objects;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The one place where "retriable or permanent" is decided, for HTTP statuses and for exceptions.
 * The retry interceptor, the circuit breaker and the sync engine all call these functions.
 *
 * <ul>
 *   <li>429 is {@link FailureKind#RATE_LIMITED};
 *   <li>408 and every 5xx are {@link FailureKind#TRANSIENT};
 *   <li>every other 4xx is {@link FailureKind#PERMANENT} (a 401 reaches this layer only after the
 *       client's auth layer has refreshed once, so it persists);
 *   <li>I/O failures are transient, except certificate and peer-verification failures and an
 *       interrupted thread.
 * </ul>
 */
public final class Failures {

  private Failures() {}

  /** Classifies an HTTP status code. */
  public static FailureKind classify(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP status code: " + status);
    }
    if (status == 429) {
      return FailureKind.RATE_LIMITED;
    }
    if (status == 408 || status >= 500) {
      return FailureKind.TRANSIENT;
    }
    if (status >= 400) {
      return FailureKind.PERMANENT;
    }
    return FailureKind.NONE;
  }

  /**
   * Classifies an exception thrown by a call. Exceptions carrying an HTTP status (the clients' API
   * exceptions) should be classified by that status with {@link #classify(int)}; this method walks
   * the cause chain looking for I/O failures.
   */
  public static FailureKind classify(Throwable failure) {
    Objects.requireNonNull(failure, "failure");
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RateBudgetExceededException) {
        return FailureKind.RATE_LIMITED;
      }
      if (t instanceof CircuitOpenException) {
        return FailureKind.TRANSIENT;
      }
      if (t instanceof SSLHandshakeException && t.getCause() instanceof CertificateException
          || t instanceof SSLPeerUnverifiedException) {
        return FailureKind.PERMANENT;
      }
      if (t instanceof SocketTimeoutException) {
        return FailureKind.TRANSIENT;
      }
      if (t instanceof InterruptedIOException) {
        // OkHttp reports a cancelled call or whole-call timeout this way: the caller gave up.
        return FailureKind.PERMANENT;
      }
      if (t instanceof IOException) {
        return FailureKind.TRANSIENT;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return FailureKind.PERMANENT;
  }
}
