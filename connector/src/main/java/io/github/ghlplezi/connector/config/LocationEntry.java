package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One HighLevel location and the Plezi contact that receives its tags.
 *
 * @param locationId the location
 * @param contactEmail the Plezi contact's e-mail
 */
public record LocationEntry(
    @ConfigDoc(value = "The HighLevel location id", defaultValue = "required")
    @NotNull @LocationId String locationId,
    @ConfigDoc(value = "The e-mail of the Plezi contact that receives the location's tags", defaultValue = "required")
    @NotBlank @Email(message = "not an e-mail") String contactEmail) {
}
