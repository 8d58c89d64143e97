package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Who can see a TikTok post.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class TiktokPrivacyLevel {

  private static final Map<String, TiktokPrivacyLevel> KNOWN = new LinkedHashMap<>();

  /** {@code PUBLIC_TO_EVERYONE}. */
  public static final TiktokPrivacyLevel PUBLIC_TO_EVERYONE = register("PUBLIC_TO_EVERYONE");

  /** {@code MUTUAL_FOLLOW_FRIENDS}. */
  public static final TiktokPrivacyLevel MUTUAL_FOLLOW_FRIENDS = register("MUTUAL_FOLLOW_FRIENDS");

  /** {@code SELF_ONLY}. */
  public static final TiktokPrivacyLevel SELF_ONLY = register("SELF_ONLY");

  private final String value;
  private final boolean known;

  private TiktokPrivacyLevel(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static TiktokPrivacyLevel register(String value) {
    TiktokPrivacyLevel constant = new TiktokPrivacyLevel(value, true);
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
  public static TiktokPrivacyLevel of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("TiktokPrivacyLevel value must not be blank");
    }
    TiktokPrivacyLevel constant = KNOWN.get(value);
    if (constant != null) {
      return constant;
    }
    constant = KNOWN.get(value.toLowerCase(Locale.ROOT));
    if (constant == null) {
      for (TiktokPrivacyLevel candidate : KNOWN.values()) {
        if (candidate.value.equalsIgnoreCase(value)) {
          constant = candidate;
        }
      }
    }
    return constant != null ? constant : new TiktokPrivacyLevel(value, false);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<TiktokPrivacyLevel> knownValues() {
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
    return other instanceof TiktokPrivacyLevel that && value.equals(that.value);
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
