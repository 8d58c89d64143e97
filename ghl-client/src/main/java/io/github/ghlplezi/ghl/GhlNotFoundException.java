package io.github.ghlplezi.ghl;

/** HighLevel found no such resource or route (HTTP 404). */
public final class GhlNotFoundException extends GhlApiException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * @param details what is known about the failed call
   * @param cause the underlying cause, may be {@code null}
   */
  public GhlNotFoundException(GhlErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
