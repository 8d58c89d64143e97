package io.github.ghlplezi.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.util.Objects;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The one place where "retriable or permanent" is decided, for HTTP statuses and for exceptions.
 * Both clients' exceptions, the retry interceptor, the circuit breaker and the sync engine all
 * answer through these functions, so the answer is the same everywhere:
 *
 * <ul>
 *   <li>429 is {@link FailureKind#RATE_LIMITED};
 *   <li>408 and every 5xx are {@link FailureKind#TRANSIENT};
 *   <li>every other 4xx is {@link FailureKind#PERMANENT} (a 401 reaches this layer only after the
 *       client's auth layer has refreshed once, so it persists);
 *   <li>1xx, 2xx and 3xx are {@link FailureKind#NONE};
 *   <li>I/O failures are transient, except a TLS certificate or peer-verification failure (the
 *       same peer will fail the same way) and an interrupted or cancelled call (the caller gave
 *       up), which are permanent;
 *   <li>an exception implementing {@link ClassifiedFailure} anywhere in the cause chain answers
 *       for itself; anything else that is not an I/O failure is a bug, hence permanent.
 * </ul>
 */
public final class Failures {

  private Failures() {}

  /**
   * Classifies an HTTP status code.
   *
   * @param status an HTTP status code, 100 to 599
   * @return its kind
   * @throws IllegalArgumentException when {@code status} is not an HTTP status code
   */
  public static FailureKind classify(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP status code (100-599): " + status);
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
   * Classifies a failed call as a client exception describes it: by the status of the answer when
   * there was one, else by the failure behind the missing answer. An answer that made the call fail
   * although its status says success (an unexpected 3xx, a 200 with an unreadable body) broke the
   * protocol, so it is {@link FailureKind#PERMANENT}, never {@link FailureKind#NONE}.
   *
   * @param status the HTTP status of the answer, or 0 when there was none
   * @param cause what stood in for the answer, may be {@code null}
   * @return the kind of the failure, never {@link FailureKind#NONE}
   */
  public static FailureKind classifyFailedCall(int status, Throwable cause) {
    if (status >= 100 && status <= 599) {
      FailureKind kind = classify(status);
      return kind == FailureKind.NONE ? FailureKind.PERMANENT : kind;
    }
    return cause == null ? FailureKind.PERMANENT : classify(cause);
  }

  /**
   * Classifies an exception thrown by a call, walking its cause chain: the first
   * {@link ClassifiedFailure} or I/O failure found decides.
   *
   * @param failure what the call threw
   * @return its kind; {@link FailureKind#PERMANENT} when nothing in the chain is recognised
   */
  public static FailureKind classify(Throwable failure) {
    Objects.requireNonNull(failure, "failure");
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof ClassifiedFailure classified) {
        return classified.failureKind();
      }
      FailureKind io = classifyIo(t);
      if (io != null) {
        return io;
      }
    }
    return FailureKind.PERMANENT;
  }

  /**
   * Classifies one I/O failure without looking at its causes.
   *
   * @param failure an exception
   * @return its kind, or {@code null} when {@code failure} is not an I/O failure
   */
  static FailureKind classifyIo(Throwable failure) {
    if (failure instanceof SSLHandshakeException && failure.getCause() instanceof CertificateException
        || failure instanceof SSLPeerUnverifiedException) {
      return FailureKind.PERMANENT;
    }
    if (failure instanceof SocketTimeoutException) {
      return FailureKind.TRANSIENT;
    }
    if (failure instanceof InterruptedIOException) {
      // OkHttp reports a cancelled call, or the whole-call timeout, this way: the caller gave up.
      return FailureKind.PERMANENT;
    }
    if (failure instanceof IOException) {
      return FailureKind.TRANSIENT;
    }
    return null;
  }
}
