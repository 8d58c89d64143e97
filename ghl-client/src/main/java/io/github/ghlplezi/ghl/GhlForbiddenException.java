package io.github.ghlplezi.ghl;

/** HighLevel refused access (HTTP 403), typically a token that does not have access to the requested location. */
public final class GhlForbiddenException extends GhlApiException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * @param details what is known about the failed call
   * @param cause the underlying cause, may be {@code null}
   */
  public GhlForbiddenException(GhlErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
