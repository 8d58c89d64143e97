package io.github.ghlplezi.ghl;

/**
 * No HTTP answer was obtained (connection refused, timeout, reset) or the answer could not be
 * read. {@link #status()} is {@code 0}; the failure is retriable for safe requests.
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
