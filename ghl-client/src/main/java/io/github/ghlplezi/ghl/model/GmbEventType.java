package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * The kind of a Google Business Profile post.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class GmbEventType extends OpenValue {

  private static final OpenValues<GmbEventType> VALUES =
      new OpenValues<>("GmbEventType", value -> new GmbEventType(value, false));

  /** {@code STANDARD}. */
  public static final GmbEventType STANDARD = VALUES.register(new GmbEventType("STANDARD", true));

  /** {@code EVENT}. */
  public static final GmbEventType EVENT = VALUES.register(new GmbEventType("EVENT", true));

  /** {@code OFFER}. */
  public static final GmbEventType OFFER = VALUES.register(new GmbEventType("OFFER", true));

  private GmbEventType(String value, boolean known) {
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
  public static GmbEventType of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<GmbEventType> knownValues() {
    return VALUES.known();
  }
}
