package io.github.ghlplezi.sync.token;

/**
 * A refresh (or location-token mint) failed. This base type is transient (network, 5xx, 429): the
 * token is still good and a later call may try again. The subclasses are permanent verdicts.
 */
public class TokenRefreshException extends TokenException {
  private static final long serialVersionUID = 1L;

  /**
   * The HTTP status of HighLevel's answer, 0 when none arrived.
   */
  private final int status;

  /**
   * With the HTTP status (0 when no response arrived) and HighLevel's message.
   *
   * @param status the HTTP status, 0 when no response arrived
   * @param message HighLevel's message (never a token)
   * @param cause the underlying failure
   */
  public TokenRefreshException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /**
   * With the HTTP status (0 when no response arrived) and HighLevel's message.
   *
   * @param status the HTTP status, 0 when no response arrived
   * @param message HighLevel's message (never a token)
   */
  public TokenRefreshException(int status, String message) {
    this(status, message, null);
  }

  /**
   * HTTP status of HighLevel's answer, 0 when none arrived.
   *
   * @return the status, 0 when no response arrived
   */
  public int status() {
    return status;
  }
}
