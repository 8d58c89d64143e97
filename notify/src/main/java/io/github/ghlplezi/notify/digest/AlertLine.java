package io.github.ghlplezi.notify.digest;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * An alert raised during the week, from the event log ({@code ALERT_RAISED}, whose detail is the
 * alert's key, a space, and its title).
 *
 * @param at when it was raised, in the recipient's zone
 * @param key the alert's key (no spaces)
 * @param title the alert's title
 */
public record AlertLine(ZonedDateTime at, String key, String title) {

  /**
   * Checks the fields.
   *
   * @param at when it was raised
   * @param key the alert's key
   * @param title the alert's title
   */
  public AlertLine {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
  }

  /**
   * Reads an {@code ALERT_RAISED} event's detail.
   *
   * @param at when it was raised, in the recipient's zone
   * @param detail {@code <key> <title>}; a detail without a space is taken as both
   * @return the line
   */
  public static AlertLine of(ZonedDateTime at, String detail) {
    int space = detail.indexOf(' ');
    return space > 0 ? new AlertLine(at, detail.substring(0, space), detail.substring(space + 1).strip())
        : new AlertLine(at, detail, detail);
  }
}
