package io.github.ghlplezi.sync.token;

/** A {@link TokenStore} could not read or write (I/O, SQL, a corrupted or tampered file, a lock timeout). */
public final class TokenStoreException extends TokenException {
  private static final long serialVersionUID = 1L;

  /**
   * With a message.
   *
   * @param message what failed (never a token or key)
   */
  public TokenStoreException(String message) {
    super(message);
  }

  /**
   * With a message and a cause.
   *
   * @param message what failed (never a token or key)
   * @param cause the underlying failure
   */
  public TokenStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
