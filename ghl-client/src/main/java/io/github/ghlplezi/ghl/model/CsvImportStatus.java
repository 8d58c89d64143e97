package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The state of a CSV bulk import.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class CsvImportStatus {

  private static final Map<String, CsvImportStatus> KNOWN = new LinkedHashMap<>();

  /** {@code pending}. */
  public static final CsvImportStatus PENDING = register("pending");

  /** {@code in_progress}. */
  public static final CsvImportStatus IN_PROGRESS = register("in_progress");

  /** {@code completed}. */
  public static final CsvImportStatus COMPLETED = register("completed");

  /** {@code failed}. */
  public static final CsvImportStatus FAILED = register("failed");

  /** {@code in_review}. */
  public static final CsvImportStatus IN_REVIEW = register("in_review");

  /** {@code importing}. */
  public static final CsvImportStatus IMPORTING = register("importing");

  /** {@code deleted}. */
  public static final CsvImportStatus DELETED = register("deleted");

  private final String value;
  private final boolean known;

  private CsvImportStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static CsvImportStatus register(String value) {
    CsvImportStatus constant = new CsvImportStatus(value, true);
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
  public static CsvImportStatus of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("CsvImportStatus value must not be blank");
    }
    CsvImportStatus constant = KNOWN.get(value);
    if (constant != null) {
      return constant;
    }
    constant = KNOWN.get(value.toLowerCase(Locale.ROOT));
    if (constant == null) {
      for (CsvImportStatus candidate : KNOWN.values()) {
        if (candidate.value.equalsIgnoreCase(value)) {
          constant = candidate;
        }
      }
    }
    return constant != null ? constant : new CsvImportStatus(value, false);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<CsvImportStatus> knownValues() {
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
    return other instanceof CsvImportStatus that && value.equals(that.value);
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
