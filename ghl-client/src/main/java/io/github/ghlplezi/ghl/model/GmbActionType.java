package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The call-to-action button of a Google Business Profile post.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class GmbActionType {

  private static final Map<String, GmbActionType> KNOWN = new LinkedHashMap<>();

  /** {@code none}. */
  public static final GmbActionType NONE = register("none");

  /** {@code order}. */
  public static final GmbActionType ORDER = register("order");

  /** {@code book}. */
  public static final GmbActionType BOOK = register("book");

  /** {@code shop}. */
  public static final GmbActionType SHOP = register("shop");

  /** {@code learn_more}. */
  public static final GmbActionType LEARN_MORE = register("learn_more");

  /** {@code call}. */
  public static final GmbActionType CALL = register("call");

  /** {@code sign_up}. */
  public static final GmbActionType SIGN_UP = register("sign_up");

  private final String value;
  private final boolean known;

  private GmbActionType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static GmbActionType register(String value) {
    GmbActionType constant = new GmbActionType(value, true);
    KNOWN.put(value, constant);
    return constant;
  }

  /**
   * Returns the constant for a known value (matched exactly, then ignoring case) or a new
   * instance carrying an unknown value.
   *
   * @param value the wire value
   * @return the instance
   * @throws IllegalArgumentException if the value is {@code null} or blank
   */
  @JsonCreator
  public static GmbActionType of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("GmbActionType value must not be blank");
    }
    GmbActionType constant = KNOWN.get(value);
    if (constant != null) {
      return constant;
    }
    constant = KNOWN.get(value.toLowerCase(Locale.ROOT));
    if (constant == null) {
      for (GmbActionType candidate : KNOWN.values()) {
        if (candidate.value.equalsIgnoreCase(value)) {
          constant = candidate;
        }
      }
    }
    return constant != null ? constant : new GmbActionType(value, false);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<GmbActionType> knownValues() {
    return Collections.unmodifiableCollection(KNOWN.values());
  }

  /** @return the value as sent on the wire */
  @JsonValue
  public String value() {
    return value;
  }

  /** @return whether this is one of the constants of this class */
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GmbActionType that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
