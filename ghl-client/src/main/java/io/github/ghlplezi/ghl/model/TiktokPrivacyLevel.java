package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * Who can see a TikTok post.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class TiktokPrivacyLevel extends OpenValue {

  private static final OpenValues<TiktokPrivacyLevel> VALUES =
      new OpenValues<>("TiktokPrivacyLevel", value -> new TiktokPrivacyLevel(value, false));

  /** {@code PUBLIC_TO_EVERYONE}. */
  public static final TiktokPrivacyLevel PUBLIC_TO_EVERYONE = VALUES.register(new TiktokPrivacyLevel("PUBLIC_TO_EVERYONE", true));

  /** {@code MUTUAL_FOLLOW_FRIENDS}. */
  public static final TiktokPrivacyLevel MUTUAL_FOLLOW_FRIENDS = VALUES.register(new TiktokPrivacyLevel("MUTUAL_FOLLOW_FRIENDS", true));

  /** {@code SELF_ONLY}. */
  public static final TiktokPrivacyLevel SELF_ONLY = VALUES.register(new TiktokPrivacyLevel("SELF_ONLY", true));

  private TiktokPrivacyLevel(String value, boolean known) {
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
  public static TiktokPrivacyLevel of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<TiktokPrivacyLevel> knownValues() {
    return VALUES.known();
  }
}
