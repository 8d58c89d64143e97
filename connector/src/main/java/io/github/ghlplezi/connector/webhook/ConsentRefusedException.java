package io.github.ghlplezi.connector.webhook;

/**
 * A consent whose token the configuration does not expect (an agency token for another company, or
 * for an app set up for location installs). Nothing was stored; the message names the ids involved
 * and the configuration key to check, never a token or a code.
 */
public final class ConsentRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what was refused and which configuration key to check
   */
  public ConsentRefusedException(String message) {
    super(message);
  }
}
