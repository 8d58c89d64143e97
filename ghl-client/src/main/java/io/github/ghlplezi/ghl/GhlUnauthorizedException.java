package io.github.ghlplezi.ghl;

/** HighLevel rejected the credentials (HTTP 401): the token is invalid, expired, revoked, of the wrong class (agency vs sub-account) or lacks the scope. Raised after the token source was invalidated and the call retried once. */
public final class GhlUnauthorizedException extends GhlApiException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * @param details what is known about the failed call
   * @param cause the underlying cause, may be {@code null}
   */
  public GhlUnauthorizedException(GhlErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
