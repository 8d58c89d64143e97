package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * The call-to-action button of a Google Business Profile post.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class GmbActionType extends OpenValue {

  private static final OpenValues<GmbActionType> VALUES =
      new OpenValues<>("GmbActionType", value -> new GmbActionType(value, false));

  /** {@code none}. */
  public static final GmbActionType NONE = VALUES.register(new GmbActionType("none", true));

  /** {@code order}. */
  public static final GmbActionType ORDER = VALUES.register(new GmbActionType("order", true));

  /** {@code book}. */
  public static final GmbActionType BOOK = VALUES.register(new GmbActionType("book", true));

  /** {@code shop}. */
  public static final GmbActionType SHOP = VALUES.register(new GmbActionType("shop", true));

  /** {@code learn_more}. */
  public static final GmbActionType LEARN_MORE = VALUES.register(new GmbActionType("learn_more", true));

  /** {@code call}. */
  public static final GmbActionType CALL = VALUES.register(new GmbActionType("call", true));

  /** {@code sign_up}. */
  public static final GmbActionType SIGN_UP = VALUES.register(new GmbActionType("sign_up", true));

  private GmbActionType(String value, boolean known) {
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
  public static GmbActionType of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<GmbActionType> knownValues() {
    return VALUES.known();
  }
}
