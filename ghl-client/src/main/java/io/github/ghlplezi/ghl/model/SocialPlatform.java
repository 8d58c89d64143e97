package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A social network HighLevel's Social Planner publishes to or reports on.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class SocialPlatform {

  private static final Map<String, SocialPlatform> KNOWN = new LinkedHashMap<>();

  /** {@code facebook}. */
  public static final SocialPlatform FACEBOOK = register("facebook");

  /** {@code instagram}. */
  public static final SocialPlatform INSTAGRAM = register("instagram");

  /** {@code linkedin}. */
  public static final SocialPlatform LINKEDIN = register("linkedin");

  /** {@code google}. */
  public static final SocialPlatform GOOGLE = register("google");

  /** {@code pinterest}. */
  public static final SocialPlatform PINTEREST = register("pinterest");

  /** {@code youtube}. */
  public static final SocialPlatform YOUTUBE = register("youtube");

  /** {@code tiktok}. */
  public static final SocialPlatform TIKTOK = register("tiktok");

  /** {@code twitter}. */
  public static final SocialPlatform TWITTER = register("twitter");

  /** {@code threads}. */
  public static final SocialPlatform THREADS = register("threads");

  /** {@code bluesky}. */
  public static final SocialPlatform BLUESKY = register("bluesky");

  /** {@code community}. */
  public static final SocialPlatform COMMUNITY = register("community");

  private final String value;
  private final boolean known;

  private SocialPlatform(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static SocialPlatform register(String value) {
    SocialPlatform constant = new SocialPlatform(value, true);
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
  public static SocialPlatform of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("SocialPlatform value must not be blank");
    }
    SocialPlatform constant = KNOWN.get(value);
    if (constant != null) {
      return constant;
    }
    constant = KNOWN.get(value.toLowerCase(Locale.ROOT));
    if (constant == null) {
      for (SocialPlatform candidate : KNOWN.values()) {
        if (candidate.value.equalsIgnoreCase(value)) {
          constant = candidate;
        }
      }
    }
    return constant != null ? constant : new SocialPlatform(value, false);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<SocialPlatform> knownValues() {
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
    return other instanceof SocialPlatform that && value.equals(that.value);
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
