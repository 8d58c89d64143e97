package io.github.ghlplezi.sync.token;

/**
 * HighLevel answered {@code 400 "Location is not active"}: the sub-account is paused or its agency
 * is inactive. The same refresh token works again once the location is re-activated.
 */
public final class LocationInactiveException extends TokenRefreshException {
  private static final long serialVersionUID = 1L;

  /**
   * With HighLevel's status and message.
   *
   * @param status the HTTP status of HighLevel's answer
   * @param message HighLevel's error message (never a token)
   */
  public LocationInactiveException(int status, String message) {
    super(status, message);
  }
}
