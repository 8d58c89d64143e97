package io.github.ghlplezi.sync.deliver;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * The full value of one Plezi contact field, as the engine writes it: a write always replaces the
 * whole value, so sending it again leaves the contact as written once.
 *
 * <p>Numbers and dates are kept in one canonical text, so equal values are equal writes with equal
 * ledger hashes: a {@link Kind#NUMBER} is written with a '.' decimal separator, no exponent and no
 * trailing zero ({@code 1.50} and {@code 1.5E0} are both {@code 1.5}, {@code -0} is {@code 0}); a
 * {@link Kind#DATE} is ISO {@code yyyy-MM-dd}.
 *
 * @param key the Plezi field key, e.g. {@code plz_social_tags}
 * @param kind how Plezi reads the value
 * @param values the option slugs (multi-select, possibly empty), or one value (number, date, text)
 */
public record FieldWrite(String key, Kind kind, List<String> values) {

  /** How Plezi reads a field's value. */
  public enum Kind {
    /** A multiple-selection field: option slugs, the whole set replaced. */
    MULTI_SELECT,
    /** A date field: one ISO-8601 date ({@code yyyy-MM-dd}). */
    DATE,
    /** A text field: one value. */
    TEXT,
    /** A number field: one decimal number in canonical text ({@code 1234.5}, {@code -73.53}). */
    NUMBER
  }

  /**
   * Copies the list, checks the arguments and puts numbers and dates in their canonical text.
   *
   * @param key the Plezi field key, e.g. {@code plz_social_tags}
   * @param kind how Plezi reads the value
   * @param values the option slugs (multi-select, possibly empty), or one value (number, date, text)
   * @throws IllegalArgumentException when a non-multi-select field has not exactly one value, or a
   *     number or date value does not parse
   */
  public FieldWrite {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    if (kind != Kind.MULTI_SELECT && values.size() != 1) {
      throw new IllegalArgumentException(kind + " field " + key + " takes exactly one value");
    }
    if (kind == Kind.NUMBER) {
      values = List.of(canonicalNumber(key, values.get(0)));
    } else if (kind == Kind.DATE) {
      values = List.of(canonicalDate(key, values.get(0)));
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
   * A number value, written as is (round it first: {@code value.setScale(2, RoundingMode.HALF_UP)}).
   *
   * @param key the Plezi number field key
   * @param value the number
   * @return the write, its value in canonical text
   */
  public static FieldWrite number(String key, BigDecimal value) {
    return new FieldWrite(key, Kind.NUMBER, List.of(Objects.requireNonNull(value, "value").toPlainString()));
  }

  /**
   * A date value.
   *
   * @param key the Plezi date field key
   * @param day the date
   * @return the write, its value {@code yyyy-MM-dd}
   */
  public static FieldWrite date(String key, LocalDate day) {
    return new FieldWrite(key, Kind.DATE, List.of(day.toString()));
  }

  /**
   * A text value.
   *
   * @param key the Plezi text field key
   * @param text the text
   * @return the write
   */
  public static FieldWrite text(String key, String text) {
    return new FieldWrite(key, Kind.TEXT, List.of(text));
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

  private static String canonicalNumber(String key, String text) {
    BigDecimal number;
    try {
      number = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("NUMBER field " + key + ": '" + text + "' is not a decimal number", e);
    }
    if (number.signum() == 0) {
      return "0";
    }
    return number.stripTrailingZeros().toPlainString();
  }

  private static String canonicalDate(String key, String text) {
    try {
      return LocalDate.parse(text.trim()).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("DATE field " + key + ": '" + text + "' is not an ISO date (yyyy-MM-dd)", e);
    }
  }
}
