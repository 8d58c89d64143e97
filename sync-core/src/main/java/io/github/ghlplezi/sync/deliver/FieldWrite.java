package io.github.ghlplezi.sync.deliver;

import java.util.List;
import java.util.Objects;

/**
 * The full value of one Plezi contact field, as the engine writes it: a write always replaces the
 * whole value, so sending it again leaves the contact as written once.
 *
 * @param key the Plezi field key, e.g. {@code plz_social_tags}
 * @param kind how Plezi reads the value
 * @param values the option slugs (multi-select, possibly empty), or one value (date as ISO-8601, text)
 */
public record FieldWrite(String key, Kind kind, List<String> values) {

  /** How Plezi reads a field's value. */
  public enum Kind {
    /** A multiple-selection field: option slugs, the whole set replaced. */
    MULTI_SELECT,
    /** A date field: one ISO-8601 date. */
    DATE,
    /** A text field: one value. */
    TEXT
  }

  /**
   * Copies the list and checks the arguments.
   *
   * @param key the Plezi field key, e.g. {@code plz_social_tags}
   * @param kind how Plezi reads the value
   * @param values the option slugs (multi-select, possibly empty), or one value (date as ISO-8601, text)
   */
  public FieldWrite {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    if (kind != Kind.MULTI_SELECT && values.size() != 1) {
      throw new IllegalArgumentException(kind + " field " + key + " takes exactly one value");
    }
  }

  /**
   * A multi-select value.
   *
   * @param key the Plezi field key
   * @param options the option slugs, in order
   * @return the write
   */
  public static FieldWrite multiSelect(String key, List<String> options) {
    return new FieldWrite(key, Kind.MULTI_SELECT, options);
  }

  /**
   * This write without some option values (multi-select only; other kinds are returned as they are).
   *
   * @param rejected the option slugs Plezi refused
   * @return a write without those options, or this write when it is not a multi-select
   */
  public FieldWrite without(java.util.Collection<String> rejected) {
    if (kind != Kind.MULTI_SELECT) {
      return this;
    }
    return new FieldWrite(key, kind, values.stream().filter(v -> !rejected.contains(v)).toList());
  }
}
