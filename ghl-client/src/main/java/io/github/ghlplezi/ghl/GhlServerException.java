package io.github.ghlplezi.ghl;

/** HighLevel failed internally (HTTP 5xx); retriable. */
public final class GhlServerException extends GhlApiException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * @param details what is known about the failed call
   * @param cause the underlying cause, may be {@code null}
   */
  public GhlServerException(GhlErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
