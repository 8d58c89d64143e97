package io.github.ghlplezi.sync;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One configured pair: the HighLevel location (sub-account) whose Social Planner is read, and the
 * e-mail of the Plezi contact that represents that client business.
 *
 * <p>The SDK never invents contacts: which location maps to which contact is always the user's
 * configuration.
 *
 * @param locationId the HighLevel location id
 * @param contactEmail the e-mail of the Plezi contact that receives the location's values
 */
public record LocationMapping(String locationId, String contactEmail) {

  // Deliberately loose: Plezi is the authority on e-mail syntax; this only catches obvious slips.
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /**
   * Validates both parts; the message names the offending field.
   *
   * @param locationId the HighLevel location id
   * @param contactEmail the e-mail of the Plezi contact that receives the location's values
   */
  public LocationMapping {
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(contactEmail, "contactEmail");
    if (locationId.isBlank()) {
      throw new IllegalArgumentException("locationId must not be blank");
    }
    if (!EMAIL.matcher(contactEmail).matches()) {
      throw new IllegalArgumentException("contactEmail is not an e-mail address: '" + contactEmail + "'");
    }
  }
}
