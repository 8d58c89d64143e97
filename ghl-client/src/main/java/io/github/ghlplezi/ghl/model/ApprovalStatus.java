package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * The approval state of a post that needs approval.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class ApprovalStatus extends OpenValue {

  private static final OpenValues<ApprovalStatus> VALUES =
      new OpenValues<>("ApprovalStatus", value -> new ApprovalStatus(value, false));

  /** {@code pending}. */
  public static final ApprovalStatus PENDING = VALUES.register(new ApprovalStatus("pending", true));

  /** {@code approved}. */
  public static final ApprovalStatus APPROVED = VALUES.register(new ApprovalStatus("approved", true));

  /** {@code rejected}. */
  public static final ApprovalStatus REJECTED = VALUES.register(new ApprovalStatus("rejected", true));

  /** {@code not_required}. */
  public static final ApprovalStatus NOT_REQUIRED = VALUES.register(new ApprovalStatus("not_required", true));

  private ApprovalStatus(String value, boolean known) {
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
  public static ApprovalStatus of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<ApprovalStatus> knownValues() {
    return VALUES.known();
  }
}
