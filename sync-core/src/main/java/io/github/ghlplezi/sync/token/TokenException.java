package io.github.ghlplezi.sync.token;

/**
 * Root of every failure raised by the token layer. Messages name ids and versions, never a token.
 */
public class TokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * With a message.
   *
   * @param message what failed (never a token)
   */
  public TokenException(String message) {
    super(message);
  }

  /**
   * With a message and a cause.
   *
   * @param message what failed (never a token)
   * @param cause the underlying failure
   */
  public TokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
