package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The base of the client's open enumerations ({@link SocialPlatform}, {@link PostStatus}, …).
 *
 * <p>HighLevel adds values without notice; an open enumeration accepts them, so a new value never
 * breaks deserialization. {@link #isKnown()} tells whether a value is one of the constants its
 * class declares. Two instances are equal when they are of the same class and carry the same value.
 */
public abstract class OpenValue {

  private final String value;
  private final boolean known;

  /**
   * @param value the value as sent on the wire
   * @param known whether it is one of the constants the class declares
   */
  protected OpenValue(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** @return the value as sent on the wire */
  @JsonValue
  public final String value() {
    return value;
  }

  /** @return whether this is one of the constants its class declares */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && value.equals(((OpenValue) other).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
