package io.github.ghlplezi.ghl;

/**
 * No HTTP answer was obtained (connection refused, timeout, reset), or its body was cut short.
 * {@link #status()} is {@code 0}; whether it is retriable follows the I/O failure behind it
 * ({@link io.github.ghlplezi.http.Failures}). A success answer whose body is not the documented
 * JSON is a {@link GhlUnreadableResponseException} instead.
 */
public final class GhlTransportException extends GhlApiException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * @param details what is known about the failed call
   * @param cause the I/O failure
   */
  public GhlTransportException(GhlErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
