package io.github.ghlplezi.sync.token;

/**
 * HighLevel rejected the refresh token ({@code 400 "Invalid grant: refresh token is invalid"}): it
 * was already used, revoked, expired, or the app was uninstalled.
 */
public final class InvalidGrantException extends TokenRefreshException {
  private static final long serialVersionUID = 1L;

  /**
   * With HighLevel's status and message.
   *
   * @param status the HTTP status of HighLevel's answer
   * @param message HighLevel's error message (never a token)
   */
  public InvalidGrantException(int status, String message) {
    super(status, message);
  }
}
