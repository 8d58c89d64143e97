package io.github.ghlplezi.plezi.internal;

import io.github.ghlplezi.plezi.PleziRequestInvalidException;
import io.github.ghlplezi.plezi.PleziRequestInvalidException.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every broken rule of one request before anything is sent, then throws one
 * {@link PleziRequestInvalidException} naming each field. Plain checks instead of a bean validator:
 * the rules are few, and a validator engine costs more per call than the HTTP exchange it guards.
 * Rejected identifiers, keys and slugs are quoted in messages; e-mails and free text never are.
 */
public final class Checks {

  /** A form or newsletter id: 24 hexadecimal digits (MongoDB ObjectId style). */
  public static final Pattern HEX24 = Pattern.compile("[0-9a-fA-F]{24}");

  /** A 24-hexadecimal id or a UUID. */
  public static final Pattern HEX24_OR_UUID = Pattern.compile(
      "[0-9a-fA-F]{24}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** A field identification key: lower case, starts with a letter; letters, digits, underscores. */
  public static final Pattern FIELD_KEY = Pattern.compile("[a-z][a-z0-9_]*");

  /** An option slug: lower-case letters and digits in runs joined by single hyphens. */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** A sort attribute name. */
  public static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z_]*");

  private static final Pattern EMAIL = Pattern.compile(
      "[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  /** The longest e-mail address (RFC 5321 path limit). */
  public static final int MAX_EMAIL = 254;
  /** The longest field key. */
  public static final int MAX_KEY = 100;
  /** The longest identifier, option slug, name or tracking value. */
  public static final int MAX_SHORT_TEXT = 255;
  /** The longest URL-like value ({@code referer}). */
  public static final int MAX_URL = 2048;
  /** The longest text field value. */
  public static final int MAX_TEXT = 65_535;
  /** The most elements of a list (fields, options, subscriptions, consents). */
  public static final int MAX_ITEMS = 500;

  private static final int MAX_SHOWN = 100;

  private final List<Violation> violations = new ArrayList<>();

  /**
   * @param field the field's path
   * @param message what is wrong
   * @return this
   */
  public Checks add(String field, String message) {
    violations.add(new Violation(field, message));
    return this;
  }

  /**
   * A required e-mail address.
   *
   * @param field the field's path
   * @param value the value
   */
  public void email(String field, String value) {
    if (blank(field, value)) {
      return;
    }
    if (value.length() > MAX_EMAIL) {
      add(field, "must be at most " + MAX_EMAIL + " characters (got " + value.length() + ")");
    } else if (!EMAIL.matcher(value).matches()) {
      add(field, "must be a well-formed e-mail address");
    }
  }

  /**
   * A required identifier, key or slug matching {@code pattern}.
   *
   * @param field the field's path
   * @param value the value
   * @param pattern the whole-value pattern
   * @param maxLength the longest value
   * @param message what the value must be
   */
  public void token(String field, String value, Pattern pattern, int maxLength, String message) {
    if (blank(field, value)) {
      return;
    }
    if (value.length() > maxLength) {
      add(field, "must be at most " + maxLength + " characters (got " + value.length() + ")");
    } else if (!pattern.matcher(value).matches()) {
      add(field, message + shown(value));
    }
  }

  /**
   * Optional free text: at most {@code maxLength} characters, no control character other than tab
   * and line breaks, no unpaired surrogate (it would silently become {@code ?} on the wire).
   *
   * @param field the field's path
   * @param value the value, may be {@code null}
   * @param maxLength the longest value
   */
  public void text(String field, String value, int maxLength) {
    if (value == null) {
      return;
    }
    if (value.length() > maxLength) {
      add(field, "must be at most " + maxLength + " characters (got " + value.length() + ")");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        add(field, "must not contain an unpaired surrogate (at index " + i + ")");
        return;
      } else if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
        add(field, "must not contain control characters (at index " + i + ")");
        return;
      }
    }
  }

  /**
   * @param field the field's path
   * @param items the list
   * @param max the most elements
   */
  public void count(String field, Collection<?> items, int max) {
    if (items.size() > max) {
      add(field, "must have at most " + max + " elements (got " + items.size() + ")");
    }
  }

  /**
   * @param field the field's path
   * @param value the value
   * @param min the smallest allowed
   * @param max the largest allowed
   */
  public void range(String field, int value, int min, int max) {
    if (value < min) {
      add(field, "must be at least " + min + " (got " + value + ")");
    } else if (value > max) {
      add(field, "must be at most " + max + " (got " + value + ")");
    }
  }

  /** @return whether no rule is broken so far */
  public boolean ok() {
    return violations.isEmpty();
  }

  /**
   * @param operation what was being attempted, for the message
   * @throws PleziRequestInvalidException listing every violation, sorted by field
   */
  public void throwIfAny(String operation) {
    if (!violations.isEmpty()) {
      List<Violation> sorted = new ArrayList<>(violations);
      sorted.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
      throw new PleziRequestInvalidException(operation, sorted);
    }
  }

  private boolean blank(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, "must not be blank");
      return true;
    }
    return false;
  }

  private static String shown(String value) {
    if (value.length() > MAX_SHOWN) {
      return "";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < ' ' || c == 0x7f || Character.isSurrogate(c)) {
        return "";
      }
    }
    return " (got '" + value + "')";
  }
}
