package io.github.ghlplezi.sync.alert;

/** A sink could not deliver an alert. */
public class AlertDeliveryException extends Exception {

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
  public AlertDeliveryException(String message, boolean retriable, Throwable cause) {
    super(message, cause);
    this.retriable = retriable;
  }

  /**
   * Whether trying again later may succeed.
   *
   * @return true for temporary failures (timeouts, 5xx, 429)
   */
  public boolean retriable() {
    return retriable;
  }
}
