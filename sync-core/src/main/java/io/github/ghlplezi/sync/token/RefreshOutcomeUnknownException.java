package io.github.ghlplezi.sync.token;

/**
 * A refresh (or mint) ended without a usable answer although it may have reached HighLevel: a
 * success status with an empty or unreadable body, or a refresher that failed in an unexpected way.
 * HighLevel may have rotated the single-use refresh token, so {@link ManagedTokenSource} treats the
 * token as spent (one re-authorization event, reason
 * {@link ReauthorizationReason#REFRESH_OUTCOME_UNKNOWN}) instead of presenting it again.
 */
public final class RefreshOutcomeUnknownException extends TokenRefreshException {

  private static final long serialVersionUID = 1L;

  /**
   * @param status the HTTP status of the answer, or 0 when there was none
   * @param message what was wrong with the answer, never a token
   * @param cause the underlying failure, may be {@code null}
   */
  public RefreshOutcomeUnknownException(int status, String message, Throwable cause) {
    super(status, message, cause);
  }
}
