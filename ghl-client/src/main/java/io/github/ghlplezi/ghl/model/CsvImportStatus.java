package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * The state of a CSV bulk import.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class CsvImportStatus extends OpenValue {

  private static final OpenValues<CsvImportStatus> VALUES =
      new OpenValues<>("CsvImportStatus", value -> new CsvImportStatus(value, false));

  /** {@code pending}. */
  public static final CsvImportStatus PENDING = VALUES.register(new CsvImportStatus("pending", true));

  /** {@code in_progress}. */
  public static final CsvImportStatus IN_PROGRESS = VALUES.register(new CsvImportStatus("in_progress", true));

  /** {@code completed}. */
  public static final CsvImportStatus COMPLETED = VALUES.register(new CsvImportStatus("completed", true));

  /** {@code failed}. */
  public static final CsvImportStatus FAILED = VALUES.register(new CsvImportStatus("failed", true));

  /** {@code in_review}. */
  public static final CsvImportStatus IN_REVIEW = VALUES.register(new CsvImportStatus("in_review", true));

  /** {@code importing}. */
  public static final CsvImportStatus IMPORTING = VALUES.register(new CsvImportStatus("importing", true));

  /** {@code deleted}. */
  public static final CsvImportStatus DELETED = VALUES.register(new CsvImportStatus("deleted", true));

  private CsvImportStatus(String value, boolean known) {
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
  public static CsvImportStatus of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<CsvImportStatus> knownValues() {
    return VALUES.known();
  }
}
