package io.github.ghlplezi.notify.mail;

import io.github.ghlplezi.sync.alert.Alert;
import io.github.ghlplezi.sync.alert.AlertDeliveryException;
import io.github.ghlplezi.sync.alert.AlertSink;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends each alert as a plain-text e-mail. The alert's key travels in the {@code X-Ghl-Plezi-Alert-Key}
 * header, so a mail rule or a receiver can drop a repeat. Transient SMTP failures are thrown as
 * retriable {@link AlertDeliveryException}s, refused logins, addresses and 5xx answers as permanent ones.
 */
public final class EmailAlertSink implements AlertSink {

  /** The header carrying {@link Alert#key()}. */
  public static final String KEY_HEADER = "X-Ghl-Plezi-Alert-Key";

  private final SmtpMailer mailer;
  private final List<String> to;
  private final String subjectPrefix;

  /**
   * A sink sending to fixed recipients with the subject prefix {@code [ghl-plezi]}.
   *
   * @param settings the SMTP server
   * @param to the recipients' addresses (at least one)
   */
  public EmailAlertSink(SmtpSettings settings, List<String> to) {
    this(new SmtpMailer(settings), to, "[ghl-plezi]");
  }

  /**
   * A sink over an existing mailer.
   *
   * @param mailer the mailer
   * @param to the recipients' addresses (at least one)
   * @param subjectPrefix put before each alert's title, e.g. {@code [ghl-plezi]}
   */
  public EmailAlertSink(SmtpMailer mailer, List<String> to, String subjectPrefix) {
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.to = List.copyOf(to);
    this.subjectPrefix = Objects.requireNonNull(subjectPrefix, "subjectPrefix");
    if (this.to.isEmpty()) {
      throw new IllegalArgumentException("an e-mail alert sink needs at least one recipient");
    }
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public void send(Alert alert) throws AlertDeliveryException {
    try {
      MimeMessage message = mailer.newMessage(to);
      message.setSubject((subjectPrefix.isEmpty() ? "" : subjectPrefix + " ") + alert.title(),
          StandardCharsets.UTF_8.name());
      message.setHeader(KEY_HEADER, alert.key());
      message.setText(body(alert), StandardCharsets.UTF_8.name());
      mailer.send(message);
    } catch (SmtpDeliveryException e) {
      throw new AlertDeliveryException("e-mail alert " + alert.key() + ": " + e.getMessage(), e.retriable(), e);
    } catch (MessagingException e) {
      throw new AlertDeliveryException("e-mail alert " + alert.key() + " could not be built: " + e.getMessage(),
          false, e);
    }
  }

  static String body(Alert alert) {
    StringBuilder text = new StringBuilder();
    text.append(alert.title()).append("\n\n").append(alert.message()).append("\n\n");
    text.append("kind: ").append(alert.kind()).append('\n');
    text.append("location: ").append(alert.locationId().isEmpty() ? "(all)" : alert.locationId()).append('\n');
    text.append("raised at: ").append(alert.raisedAt()).append('\n');
    for (Map.Entry<String, String> detail : alert.details().entrySet()) {
      text.append(detail.getKey()).append(": ").append(detail.getValue()).append('\n');
    }
    text.append("key: ").append(alert.key()).append('\n');
    return text.toString();
  }
}
