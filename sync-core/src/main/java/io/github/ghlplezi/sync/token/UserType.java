package io.github.ghlplezi.sync.token;

/** Whom a HighLevel token speaks for: an agency ({@code Company}) or a sub-account ({@code Location}). */
public enum UserType {
  /** An agency token: mints location tokens, cannot call sub-account endpoints. */
  COMPANY("Company"),
  /** A sub-account token (OAuth or Private Integration Token). */
  LOCATION("Location");

  private final String wireValue;

  UserType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value HighLevel uses on the wire ({@code user_type}, {@code userType}). */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Parses HighLevel's wire value.
   *
   * @throws IllegalArgumentException naming the field when the value is unknown
   */
  public static UserType fromWire(String value) {
    for (UserType t : values()) {
      if (t.wireValue.equalsIgnoreCase(value) || t.name().equalsIgnoreCase(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("userType: unknown value '" + value + "'");
  }
}
