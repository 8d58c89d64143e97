package io.github.ghlplezi.ghl;

/**
 * HighLevel's token endpoint answered {@code invalid_grant} ("Invalid grant: refresh token is
 * invalid"): the refresh token or authorization code was already used, expired or revoked.
 * Refresh tokens are single-use and rotate on every refresh, so the token family is lost: the
 * user must install (authorize) the app again. Retrying with the same token never succeeds.
 */
public final class GhlReauthorizationRequiredException extends GhlValidationException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * @param details what is known about the failed call
   */
  public GhlReauthorizationRequiredException(GhlErrorDetails details) {
    super(details, null);
  }

  @Override
  public String getMessage() {
    return "Re-authorization required: HighLevel no longer accepts this grant (refresh token or"
        + " code already used, expired or revoked); the user must install or authorize the app"
        + " again. " + super.getMessage();
  }
}
