package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One HighLevel location and the Plezi contact that receives its tags.
 *
 * @param locationId the location
 * @param contactEmail the Plezi contact's e-mail
 * @param name how the digest and the alerts name the location; {@code null}: its id
 */
public record LocationEntry(
    @ConfigDoc(value = "The HighLevel location id", defaultValue = "required")
    @NotNull @LocationId String locationId,
    @ConfigDoc(value = "The e-mail of the Plezi contact that receives the location's tags", defaultValue = "required")
    @NotBlank @Email(message = "not an e-mail") String contactEmail,
    @ConfigDoc(value = "How the digest names the location", defaultValue = "the location id")
    @Size(min = 1, max = 200) String name) {
}
