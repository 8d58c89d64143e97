package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Maps every location that installed the app (webhook {@code INSTALL}) to a Plezi contact.
 *
 * @param contactEmail the contact e-mail, {@code {locationId}} replaced by the location id
 */
public record InstalledLocationRule(
    @ConfigDoc(value = "Contact e-mail template; `{locationId}` is replaced, e.g. `ops+{locationId}@agency.example`",
        defaultValue = "required")
    @NotBlank @Pattern(regexp = "[^@\\s]*\\{locationId}[^@\\s]*@[^@\\s]+\\.[^@\\s]+",
        message = "must be an e-mail containing \\{locationId\\}") String contactEmail) {

  /**
   * @param locationId the installed location
   * @return its contact e-mail
   */
  public String contactFor(String locationId) {
    return contactEmail.replace("{locationId}", locationId);
  }
}
