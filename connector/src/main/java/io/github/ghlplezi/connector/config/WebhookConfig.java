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
 */
public record WebhookConfig(
    @ConfigDoc(value = "TCP port of the webhook endpoint; 0 disables it", defaultValue = "8080")
    @Min(0) @Max(65535) int port,
    @ConfigDoc(value = "Request path", defaultValue = "/webhooks/highlevel")
    @NotNull @Pattern(regexp = "/[A-Za-z0-9/_.-]*", message = "not a path") String path,
    @ConfigDoc("PEM file of HighLevel's Ed25519 webhook public key")
    String ed25519PublicKeyFile,
    @ConfigDoc("PEM file of HighLevel's RSA webhook public key (legacy signature)")
    String rsaPublicKeyFile) {

  /** Fills defaults. */
  public WebhookConfig {
    path = path == null ? "/webhooks/highlevel" : path;
  }

  static WebhookConfig defaults() {
    return new WebhookConfig(8080, null, null, null);
  }
}
