package io.github.ghlplezi.connector.config;

import io.github.ghlplezi.sync.alert.WebhookAlertSink.Format;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;

/**
 * Where alerts go besides the log, and the operational conditions watched. Threshold alerts are
 * configured under {@code thresholds}; operational alerts (re-authorization required, options missing
 * in Plezi, dead letters, a location that stopped syncing) are always watched.
 *
 * @param webhook a signed webhook receiving every alert
 * @param emailTo addresses receiving every alert by e-mail (through {@code smtp})
 * @param stalledAfter a location without a successful sync for this long raises an alert
 */
public record AlertsConfig(
    @ConfigDoc("Signed webhook that receives every alert")
    @Valid AlertWebhookConfig webhook,
    @ConfigDoc("E-mail addresses that receive every alert (needs `smtp`)")
    List<@NotBlank @Email(message = "not an e-mail") String> emailTo,
    @ConfigDoc(value = "A location without a successful sync for this long raises an alert (ISO-8601)",
        defaultValue = "PT26H")
    @NotNull Duration stalledAfter) {

  /** Fills defaults. */
  public AlertsConfig {
    emailTo = Copies.list(emailTo);
    stalledAfter = stalledAfter == null ? Duration.ofHours(26) : stalledAfter;
  }

  static AlertsConfig defaults() {
    return new AlertsConfig(null, null, null);
  }

  /** @return whether the stall delay is positive */
  @jakarta.validation.constraints.AssertTrue(message = "`stalledAfter` must be positive")
  public boolean isStalledAfterPositive() {
    return stalledAfter == null || !stalledAfter.isNegative() && !stalledAfter.isZero();
  }

  /**
   * A webhook that receives alerts, signed with HMAC-SHA256 (see docs/WEBHOOK-SIGNATURES.md).
   *
   * @param url the receiver's URL
   * @param secret the signing secret (at least 16 bytes)
   * @param format {@code GENERIC} JSON or {@code SLACK} (an incoming-webhook message)
   */
  public record AlertWebhookConfig(
      @ConfigDoc(value = "Receiver URL (https, or http on loopback)", defaultValue = "required")
      @NotBlank @jakarta.validation.constraints.Pattern(regexp = "https?://\\S+", message = "not an http(s) URL")
      String url,
      @ConfigDoc(value = "Signing secret, at least 16 bytes (a secret reference)", defaultValue = "required")
      @NotNull Secret secret,
      @ConfigDoc(value = "`GENERIC` JSON or `SLACK`", defaultValue = "GENERIC")
      @NotNull Format format) {

    /** Fills defaults. */
    public AlertWebhookConfig {
      format = format == null ? Format.GENERIC : format;
    }

    /** @return whether the secret is long enough */
    @jakarta.validation.constraints.AssertTrue(message = "`secret` must be at least 16 bytes")
    public boolean isSecretLongEnough() {
      return secret == null
          || secret.reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= 16;
    }
  }
}
