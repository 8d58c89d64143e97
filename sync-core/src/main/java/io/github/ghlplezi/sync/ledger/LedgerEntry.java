package io.github.ghlplezi.sync.ledger;

import io.github.ghlplezi.sync.deliver.FieldWrite;
import java.time.Instant;
import java.util.Objects;

/**
 * The last value Plezi confirmed for one (contact, field).
 *
 * @param contactEmail the contact
 * @param value the field and its full value
 * @param hash {@link #hashOf(FieldWrite)} of the value
 * @param runId the run that wrote it
 * @param confirmedAt when Plezi confirmed it
 */
public record LedgerEntry(String contactEmail, FieldWrite value, String hash, String runId, Instant confirmedAt) {

  /**
   * Checks the arguments.
   *
   * @param contactEmail the contact
   * @param value the field and its full value
   * @param hash {@link #hashOf(FieldWrite)} of the value
   * @param runId the run that wrote it
   * @param confirmedAt when Plezi confirmed it
   */
  public LedgerEntry {
    Objects.requireNonNull(contactEmail, "contactEmail");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(confirmedAt, "confirmedAt");
  }

  /**
   * A new entry for a confirmed value.
   *
   * @param contactEmail the Plezi contact
   * @param value the field value Plezi confirmed
   * @param runId the run that wrote it
   * @param at when it was confirmed
   * @return the entry
   */
  public static LedgerEntry confirmed(String contactEmail, FieldWrite value, String runId, Instant at) {
    return new LedgerEntry(contactEmail, value, hashOf(value), runId, at);
  }

  /**
   * The field key.
   *
   * @return the Plezi field key of the confirmed value
   */
  public String fieldKey() {
    return value.key();
  }

  /**
   * SHA-256 (hex) of a field's kind and values; the same full value always has the same hash.
   *
   * @param value the value
   * @return 64 hexadecimal characters
   */
  public static String hashOf(FieldWrite value) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      digest.update((value.key() + '\u001e' + value.kind() + '\u001e' + String.join("\u001f", value.values()))
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
