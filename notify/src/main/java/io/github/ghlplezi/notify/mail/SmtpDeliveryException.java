package io.github.ghlplezi.notify.mail;

/** An SMTP server did not take a message. The message never holds a password. */
public class SmtpDeliveryException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Whether trying again later may succeed. */
  private final boolean retriable;

  /**
   * A delivery failure.
   *
   * @param message what went wrong; never a secret
   * @param retriable whether sending again later may succeed
   * @param cause the Jakarta Mail failure
   */
  public SmtpDeliveryException(String message, boolean retriable, Throwable cause) {
    super(message, cause);
    this.retriable = retriable;
  }

  /**
   * Whether sending again later may succeed.
   *
   * @return true for connection failures, timeouts and 4xx answers; false for refused
   *     authentication, invalid addresses and 5xx answers
   */
  public boolean retriable() {
    return retriable;
  }
}
