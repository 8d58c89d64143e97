package io.github.ghlplezi.notify.digest;

/** A {@link DigestSink} could not deliver a digest. The message never holds a secret. */
public class DigestDeliveryException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Whether trying again later may succeed. */
  private final boolean retriable;

  /**
   * A delivery failure.
   *
   * @param message what went wrong; never a secret
   * @param retriable whether trying again later may succeed
   * @param cause the underlying failure, or null
   */
  public DigestDeliveryException(String message, boolean retriable, Throwable cause) {
    super(message, cause);
    this.retriable = retriable;
  }

  /**
   * Whether trying again later may succeed.
   *
   * @return true for temporary failures; the service then lets the next {@code sendDue} try again
   */
  public boolean retriable() {
    return retriable;
  }
}
