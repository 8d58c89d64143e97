package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * The kind of a connected social account (page, group, profile, location, business).
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class AccountType extends OpenValue {

  private static final OpenValues<AccountType> VALUES =
      new OpenValues<>("AccountType", value -> new AccountType(value, false));

  /** {@code page}. */
  public static final AccountType PAGE = VALUES.register(new AccountType("page", true));

  /** {@code group}. */
  public static final AccountType GROUP = VALUES.register(new AccountType("group", true));

  /** {@code profile}. */
  public static final AccountType PROFILE = VALUES.register(new AccountType("profile", true));

  /** {@code location}. */
  public static final AccountType LOCATION = VALUES.register(new AccountType("location", true));

  /** {@code business}. */
  public static final AccountType BUSINESS = VALUES.register(new AccountType("business", true));

  private AccountType(String value, boolean known) {
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
  public static AccountType of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<AccountType> knownValues() {
    return VALUES.known();
  }
}
