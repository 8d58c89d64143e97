package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * A social network HighLevel's Social Planner publishes to or reports on.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class SocialPlatform extends OpenValue {

  private static final OpenValues<SocialPlatform> VALUES =
      new OpenValues<>("SocialPlatform", value -> new SocialPlatform(value, false));

  /** {@code facebook}. */
  public static final SocialPlatform FACEBOOK = VALUES.register(new SocialPlatform("facebook", true));

  /** {@code instagram}. */
  public static final SocialPlatform INSTAGRAM = VALUES.register(new SocialPlatform("instagram", true));

  /** {@code linkedin}. */
  public static final SocialPlatform LINKEDIN = VALUES.register(new SocialPlatform("linkedin", true));

  /** {@code google}. */
  public static final SocialPlatform GOOGLE = VALUES.register(new SocialPlatform("google", true));

  /** {@code pinterest}. */
  public static final SocialPlatform PINTEREST = VALUES.register(new SocialPlatform("pinterest", true));

  /** {@code youtube}. */
  public static final SocialPlatform YOUTUBE = VALUES.register(new SocialPlatform("youtube", true));

  /** {@code tiktok}. */
  public static final SocialPlatform TIKTOK = VALUES.register(new SocialPlatform("tiktok", true));

  /** {@code twitter}. */
  public static final SocialPlatform TWITTER = VALUES.register(new SocialPlatform("twitter", true));

  /** {@code threads}. */
  public static final SocialPlatform THREADS = VALUES.register(new SocialPlatform("threads", true));

  /** {@code bluesky}. */
  public static final SocialPlatform BLUESKY = VALUES.register(new SocialPlatform("bluesky", true));

  /** {@code community}. */
  public static final SocialPlatform COMMUNITY = VALUES.register(new SocialPlatform("community", true));

  private SocialPlatform(String value, boolean known) {
    super(value, known);
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
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<SocialPlatform> knownValues() {
    return VALUES.known();
  }
}
