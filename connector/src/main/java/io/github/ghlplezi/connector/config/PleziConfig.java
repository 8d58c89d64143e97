package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Plezi access and the form the contact upserts are filed under.
 *
 * @param baseUrl the legacy API base URL, empty for Plezi's
 * @param apiKey the API key
 * @param tenantCompany the tenant company
 * @param formId the form the upserts are filed under
 * @param contentWebFormId the form's content web form
 */
public record PleziConfig(
    @ConfigDoc(value = "Plezi API base URL", defaultValue = "Plezi's production URL")
    @Pattern(regexp = "https?://\\S+", message = "not an http(s) URL") String baseUrl,
    @ConfigDoc(value = "Plezi API key (a secret reference)", defaultValue = "required")
    @NotNull Secret apiKey,
    @ConfigDoc(value = "Plezi tenant company", defaultValue = "required")
    @NotBlank String tenantCompany,
    @ConfigDoc(value = "Id of the Plezi form the contact upserts are filed under", defaultValue = "required")
    @NotBlank String formId,
    @ConfigDoc(value = "Id of that form's content web form", defaultValue = "required")
    @NotBlank String contentWebFormId) {
}
