package io.github.ghlplezi.connector.config;

import io.github.ghlplezi.notify.mail.SmtpSettings.Security;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The mail server the digest and the alert e-mails go through.
 *
 * @param host the SMTP host
 * @param port the SMTP port
 * @param security {@code STARTTLS}, {@code SSL} or {@code NONE} (the last only for a local relay)
 * @param username the login, {@code null} for none
 * @param password the login's password
 * @param from the sender address
 */
public record SmtpConfig(
    @ConfigDoc(value = "SMTP host", defaultValue = "required")
    @NotBlank String host,
    @ConfigDoc(value = "SMTP port", defaultValue = "587")
    @NotNull @Min(1) @Max(65535) Integer port,
    @ConfigDoc(value = "`STARTTLS`, `SSL` or `NONE` (a local relay only)", defaultValue = "STARTTLS")
    @NotNull Security security,
    @ConfigDoc("SMTP login")
    String username,
    @ConfigDoc("SMTP password (a secret reference)")
    Secret password,
    @ConfigDoc(value = "Sender address", defaultValue = "required")
    @NotBlank @Email(message = "not an e-mail") String from) {

  /** Fills defaults. */
  public SmtpConfig {
    port = port == null ? 587 : port;
    security = security == null ? Security.STARTTLS : security;
  }

  /** @return whether a login comes with its password */
  @AssertTrue(message = "`username` and `password` go together")
  public boolean isLoginComplete() {
    return (username == null) == (password == null);
  }
}
