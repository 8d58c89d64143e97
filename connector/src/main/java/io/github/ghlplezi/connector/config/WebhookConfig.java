package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The webhook endpoint {@code run} serves.
 *
 * @param port the TCP port, 0 to disable
 * @param path the request path
 * @param ed25519PublicKeyFile HighLevel's Ed25519 public key (PEM file)
 * @param rsaPublicKeyFile HighLevel's legacy RSA public key (PEM file)
 * @param oauthCallbackPath the OAuth consent redirect's path (OAuth mode)
 */
public record WebhookConfig(
    @ConfigDoc(value = "TCP port of the webhook endpoint; 0 disables it", defaultValue = "8080")
    @Min(0) @Max(65535) Integer port,
    @ConfigDoc(value = "Request path", defaultValue = "/webhooks/highlevel")
    @NotNull @Pattern(regexp = "/[A-Za-z0-9/_.-]*", message = "not a path") String path,
    @ConfigDoc("PEM file of HighLevel's Ed25519 webhook public key")
    String ed25519PublicKeyFile,
    @ConfigDoc("PEM file of HighLevel's RSA webhook public key (legacy signature)")
    String rsaPublicKeyFile,
    @ConfigDoc(value = "OAuth mode: path of the consent redirect `run` serves on the same port (exchanges the code,"
        + " stores the token); the app's redirect URI points here", defaultValue = "/oauth/callback")
    @NotNull @Pattern(regexp = "/[A-Za-z0-9/_.-]*", message = "not a path") String oauthCallbackPath) {

  /** Fills defaults. */
  public WebhookConfig {
    port = port == null ? 8080 : port;
    path = path == null ? "/webhooks/highlevel" : path;
    oauthCallbackPath = oauthCallbackPath == null ? "/oauth/callback" : oauthCallbackPath;
  }

  static WebhookConfig defaults() {
    return new WebhookConfig(null, null, null, null, null);
  }

  /** @return whether the consent callback has its own path */
  @jakarta.validation.constraints.AssertTrue(message = "`oauthCallbackPath` must differ from `path`")
  public boolean isCallbackPathDistinct() {
    return path == null || !path.equals(oauthCallbackPath);
  }
}
