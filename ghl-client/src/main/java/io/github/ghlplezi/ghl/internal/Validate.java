package io.github.ghlplezi.ghl.internal;

import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import java.util.Collection;

/**
 * Argument checks run before any request is sent. Messages name the parameter and never repeat
 * the value (it may be a secret, or text crafted to mislead whoever reads the message).
 *
 * <p>The id rule (one for every id that goes into a URL path, a query or a JSON body): 1 to
 * {@value #MAX_ID_LENGTH} characters among ASCII letters, digits, {@code _ - . :}, starting with a
 * letter or digit. HighLevel's ids are 20- to 24-character alphanumerics (Firestore and MongoDB
 * ids), social account ids join such ids with {@code _}, client ids add {@code -}. Everything else
 * is refused: {@code ;} (matrix parameters such as {@code ;jsessionid=}), {@code /}, {@code ?},
 * {@code #}, {@code %}, {@code \}, whitespace, control characters, non-ASCII letters and lone
 * surrogates (which would otherwise be sent as {@code ?}), and the dot segments {@code .} and
 * {@code ..}.
 */
public final class Validate {

  /** The longest id accepted. */
  public static final int MAX_ID_LENGTH = 128;
  /** The longest token, code or secret accepted. */
  public static final int MAX_SECRET_LENGTH = 8192;
  /** The longest free-text argument accepted (names, URIs, states, scopes). */
  public static final int MAX_TEXT_LENGTH = 4096;

  private Validate() {
  }

  /**
   * Checks an id against the id rule.
   *
   * @param parameter the parameter's name
   * @param value the value
   * @return the value
   * @throws GhlInvalidArgumentException naming the parameter, without the value
   */
  public static String id(String parameter, String value) {
    present(parameter, value, MAX_ID_LENGTH);
    if (!isAsciiLetterOrDigit(value.charAt(0))) {
      throw new GhlInvalidArgumentException(parameter, "must start with an ASCII letter or digit");
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-' && c != '.' && c != ':') {
        throw new GhlInvalidArgumentException(parameter,
            "must contain only ASCII letters, digits and _ - . : (character " + (i + 1) + " is not one)");
      }
    }
    return value;
  }

  private static void present(String parameter, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new GhlInvalidArgumentException(parameter, "must not be blank");
    }
    atMost(parameter, value, maxLength);
  }

  private static void atMost(String parameter, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw new GhlInvalidArgumentException(parameter, "must be at most " + maxLength + " characters, had "
          + value.length());
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Checks a token, authorization code or client secret: 1 to {@value #MAX_SECRET_LENGTH}
   * visible ASCII characters. The message never contains the value.
   *
   * @param parameter the parameter's name
   * @param value the value
   * @return the value
   */
  public static String secret(String parameter, String value) {
    present(parameter, value, MAX_SECRET_LENGTH);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 127) {
        throw new GhlInvalidArgumentException(parameter,
            "must contain only visible ASCII characters (character " + (i + 1) + " is not one)");
      }
    }
    return value;
  }

  /**
   * Checks a free-text argument: not blank, at most {@value #MAX_TEXT_LENGTH} characters, no
   * control characters and no lone surrogates (which encoders silently turn into {@code ?}).
   *
   * @param parameter the parameter's name
   * @param value the value
   * @return the value
   */
  public static String notBlank(String parameter, String value) {
    present(parameter, value, MAX_TEXT_LENGTH);
    return text(parameter, value);
  }

  /**
   * Checks optional free text (a search string): like {@link #notBlank(String, String)} but
   * empty and blank values pass.
   *
   * @param parameter the parameter's name
   * @param value the value, not {@code null}
   * @return the value
   */
  public static String text(String parameter, String value) {
    if (value == null) {
      throw new GhlInvalidArgumentException(parameter, "must not be null");
    }
    atMost(parameter, value, MAX_TEXT_LENGTH);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new GhlInvalidArgumentException(parameter, "must not contain control characters (character "
            + (i + 1) + ")");
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          throw new GhlInvalidArgumentException(parameter, "must not contain a lone surrogate (character "
              + (i + 1) + ")");
        }
        i++;
      }
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
   * Checks a list of ids: size within bounds and every element valid under the id rule.
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
      id(parameter, v);
    }
  }
}
