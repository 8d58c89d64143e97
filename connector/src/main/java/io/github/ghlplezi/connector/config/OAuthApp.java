package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A HighLevel marketplace app. Its tokens live in the connector's database, encrypted with
 * {@code tokenKeys}; the first token comes from an authorization code ({@code authorize --code}),
 * an agency's location tokens are minted from the agency token.
 *
 * @param clientId the app's client id
 * @param clientSecret the app's client secret
 * @param redirectUri the redirect URI registered for the app
 * @param agencyInstall whether an agency installs the app for its locations
 * @param companyId the agency's company id (agency installs)
 * @param appId the app id webhooks must carry
 * @param tokenKeys the AES keys that encrypt stored tokens
 */
public record OAuthApp(
    @ConfigDoc(value = "The app's OAuth client id", defaultValue = "required")
    @NotBlank String clientId,
    @ConfigDoc(value = "The app's OAuth client secret (a secret reference)", defaultValue = "required")
    @NotNull Secret clientSecret,
    @ConfigDoc("The redirect URI registered for the app, sent with `authorize --code`")
    @Pattern(regexp = "https?://\\S+", message = "not an http(s) URL") String redirectUri,
    @ConfigDoc(value = "`true` when an agency installs the app (location tokens are minted from the agency token)",
        defaultValue = "false")
    Boolean agencyInstall,
    @ConfigDoc("The agency's company id; required with `agencyInstall`")
    @LocationId String companyId,
    @ConfigDoc("The app id; webhooks for another app are refused")
    @LocationId String appId,
    @ConfigDoc(value = "AES keys that encrypt stored tokens, `keyId:base64Key[,olderId:base64Key]`, first is current"
        + " (a secret reference)", defaultValue = "required")
    @NotNull Secret tokenKeys) {

  /** Fills defaults. */
  public OAuthApp {
    agencyInstall = agencyInstall != null && agencyInstall;
  }

  /** @return whether an agency install names its company */
  @AssertTrue(message = "`agencyInstall: true` needs `companyId`")
  public boolean isCompanySetForAgency() {
    return !agencyInstall || companyId != null;
  }

  /** @return whether {@code tokenKeys} holds usable keys (checked without printing them) */
  @AssertTrue(message = "`tokenKeys` must be keyId:base64Key entries of 16, 24 or 32-byte AES keys")
  public boolean isTokenKeysUsable() {
    if (tokenKeys == null) {
      return true;
    }
    try {
      TokenKeys.parse(tokenKeys);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
