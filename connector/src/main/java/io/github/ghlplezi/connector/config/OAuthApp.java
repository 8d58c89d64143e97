package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A HighLevel marketplace app.
 *
 * @param clientId the app's client id
 * @param clientSecret the app's client secret
 * @param redirectUri the redirect URI registered for the app
 * @param agencyInstall whether an agency installs the app for its locations
 * @param appId the app id webhooks must carry
 */
public record OAuthApp(
    @ConfigDoc(value = "The app's OAuth client id", defaultValue = "required")
    @NotBlank String clientId,
    @ConfigDoc(value = "The app's OAuth client secret (a secret reference)", defaultValue = "required")
    @NotNull Secret clientSecret,
    @ConfigDoc("The redirect URI registered for the app")
    @Pattern(regexp = "https?://\\S+", message = "not an http(s) URL") String redirectUri,
    @ConfigDoc(value = "`true` when an agency installs the app (location tokens are minted from the agency token)",
        defaultValue = "false")
    boolean agencyInstall,
    @ConfigDoc("The app id; webhooks for another app are refused")
    @LocationId String appId) {
}
