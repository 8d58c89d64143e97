package io.github.ghlplezi.ghl.internal;

import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import java.util.Collection;

/** Argument checks run before any request is sent. */
public final class Validate {

  private static final int MAX_ID_LENGTH = 200;

  private Validate() {
  }

  /**
   * Checks an id that goes into a URL path or query.
   *
   * @param parameter the parameter's name
   * @param value the value
   * @return the value
   */
  public static String id(String parameter, String value) {
    if (value == null || value.isBlank()) {
      throw new GhlInvalidArgumentException(parameter, "must not be blank");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new GhlInvalidArgumentException(parameter, "must be at most " + MAX_ID_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == 127 || c == '/' || c == '?' || c == '#' || c == '%' || c == '\\') {
        throw new GhlInvalidArgumentException(parameter,
            "must not contain whitespace, control characters or any of / ? # % \\");
      }
    }
    return value;
  }

  /**
   * @param parameter the parameter's name
   * @param value the value
   * @return the value
   */
  public static String notBlank(String parameter, String value) {
    if (value == null || value.isBlank()) {
      throw new GhlInvalidArgumentException(parameter, "must not be blank");
    }
    return value;
  }

  /**
   * @param parameter the parameter's name
   * @param value the value
   * @param min smallest allowed
   * @param max largest allowed
   * @return the value
   */
  public static int range(String parameter, int value, int min, int max) {
    if (value < min || value > max) {
      throw new GhlInvalidArgumentException(parameter, "must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /**
   * Checks offset paging: a page size of 1 to {@code maxLimit} and a non-negative offset.
   *
   * @param limit the page size ({@code limit})
   * @param skip the offset ({@code skip})
   * @param maxLimit the largest page size the client sends
   */
  public static void offsetPage(int limit, int skip, int maxLimit) {
    range("limit", limit, 1, maxLimit);
    if (skip < 0) {
      throw new GhlInvalidArgumentException("skip", "must not be negative, was " + skip);
    }
  }

  /**
   * Checks a list of ids: size within bounds and every element a valid id.
   *
   * @param parameter the parameter's name
   * @param values the ids
   * @param min smallest size
   * @param max largest size
   */
  public static void ids(String parameter, Collection<String> values, int min, int max) {
    if (values == null) {
      throw new GhlInvalidArgumentException(parameter, "must not be null");
    }
    if (values.size() < min || values.size() > max) {
      throw new GhlInvalidArgumentException(parameter,
          "must contain between " + min + " and " + max + " ids, had " + values.size());
    }
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new GhlInvalidArgumentException(parameter, "must not contain blank ids");
      }
    }
  }
}
