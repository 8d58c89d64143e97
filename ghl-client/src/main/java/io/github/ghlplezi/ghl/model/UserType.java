package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * The class of an OAuth token: agency ({@code Company}) or sub-account ({@code Location}).
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class UserType extends OpenValue {

  private static final OpenValues<UserType> VALUES =
      new OpenValues<>("UserType", value -> new UserType(value, false));

  /** {@code Company}. */
  public static final UserType COMPANY = VALUES.register(new UserType("Company", true));

  /** {@code Location}. */
  public static final UserType LOCATION = VALUES.register(new UserType("Location", true));

  private UserType(String value, boolean known) {
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
  public static UserType of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<UserType> knownValues() {
    return VALUES.known();
  }
}
