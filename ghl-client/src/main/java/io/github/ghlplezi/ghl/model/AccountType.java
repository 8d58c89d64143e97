package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The kind of a connected social account (page, group, profile, location, business).
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class AccountType {

  private static final Map<String, AccountType> KNOWN = new LinkedHashMap<>();

  /** {@code page}. */
  public static final AccountType PAGE = register("page");

  /** {@code group}. */
  public static final AccountType GROUP = register("group");

  /** {@code profile}. */
  public static final AccountType PROFILE = register("profile");

  /** {@code location}. */
  public static final AccountType LOCATION = register("location");

  /** {@code business}. */
  public static final AccountType BUSINESS = register("business");

  private final String value;
  private final boolean known;

  private AccountType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static AccountType register(String value) {
    AccountType constant = new AccountType(value, true);
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
  public static AccountType of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("AccountType value must not be blank");
    }
    AccountType constant = KNOWN.get(value);
    if (constant != null) {
      return constant;
    }
    constant = KNOWN.get(value.toLowerCase(Locale.ROOT));
    if (constant == null) {
      for (AccountType candidate : KNOWN.values()) {
        if (candidate.value.equalsIgnoreCase(value)) {
          constant = candidate;
        }
      }
    }
    return constant != null ? constant : new AccountType(value, false);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<AccountType> knownValues() {
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
    return other instanceof AccountType that && value.equals(that.value);
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
