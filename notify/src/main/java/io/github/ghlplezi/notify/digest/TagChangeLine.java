package io.github.ghlplezi.notify.digest;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A tag change of the week, from the event log.
 *
 * @param at when the sync saw it, in the recipient's zone
 * @param kind {@code created}, {@code renamed}, {@code deleted} or {@code restored}
 * @param text the tag's name, or {@code 'old' -> 'new'} for a rename
 */
public record TagChangeLine(ZonedDateTime at, String kind, String text) {

  /**
   * Checks the fields.
   *
   * @param at when the sync saw it
   * @param kind the kind of change
   * @param text the tag's name, or old and new names
   */
  public TagChangeLine {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
