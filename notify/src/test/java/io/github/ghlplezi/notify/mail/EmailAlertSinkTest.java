package io.github.ghlplezi.notify.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.ghlplezi.sync.alert.Alert;
import io.github.ghlplezi.sync.alert.AlertDeliveryException;
import io.github.ghlplezi.sync.alert.AlertKind;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailAlertSinkTest {

  private static final String PASSWORD = "s3cret-Pa55word";

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@agency.example", "alerts", PASSWORD));

  private static final Alert ALERT = new Alert("threshold:loc-1:likes:below:100:2026-11-23", AlertKind.THRESHOLD,
      "loc-1", Instant.parse("2026-11-23T09:00:00Z"), "Engagement of Client One fell below 100",
      "7-day likes are 84, under the threshold of 100.", Map.of("metric", "likes", "value", "84"));

  private static SmtpSettings.Builder settings(int port) {
    return SmtpSettings.builder("127.0.0.1", port, "ghl-plezi <alerts@agency.example>")
        .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(5));
  }

  @Test
  void an_alert_arrives_as_one_mail_with_its_key_in_a_header() throws Exception {
    EmailAlertSink sink = new EmailAlertSink(settings(SMTP.getSmtp().getPort())
        .credentials("alerts", PASSWORD::toCharArray).build(), List.of("ops@agency.example"));
    sink.send(ALERT);
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertEquals(1, received.length);
    assertEquals("[ghl-plezi] Engagement of Client One fell below 100", received[0].getSubject());
    assertEquals(ALERT.key(), received[0].getHeader(EmailAlertSink.KEY_HEADER, null));
    assertEquals("ops@agency.example", ((InternetAddress) received[0].getAllRecipients()[0]).getAddress());
    String body = (String) received[0].getContent();
    assertTrue(body.contains("7-day likes are 84"), body);
    assertTrue(body.contains("metric: likes"), body);
    assertTrue(body.contains("location: loc-1"), body);
  }

  @Test
  void a_refused_password_is_permanent_and_never_shown() {
    EmailAlertSink sink = new EmailAlertSink(settings(SMTP.getSmtp().getPort())
        .credentials("alerts", "wrong-Pa55word"::toCharArray).build(), List.of("ops@agency.example"));
    AlertDeliveryException e = assertThrows(AlertDeliveryException.class, () -> sink.send(ALERT));
    assertFalse(e.retriable(), e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("wrong-Pa55word"), t.toString());
    }
    assertEquals(0, SMTP.getReceivedMessages().length);
  }

  @Test
  void a_server_that_is_not_listening_is_a_retriable_failure() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    EmailAlertSink sink = new EmailAlertSink(settings(closed).build(), List.of("ops@agency.example"));
    AlertDeliveryException e = assertThrows(AlertDeliveryException.class, () -> sink.send(ALERT));
    assertTrue(e.retriable(), e.getMessage());
  }

  @Test
  void smtp_answers_4xx_are_retriable_5xx_and_bad_addresses_are_not() throws Exception {
    InternetAddress to = new InternetAddress("ops@agency.example");
    assertTrue(SmtpMailer.retriable(new SMTPSendFailedException("DATA", 451, "451 try later", null, null, null, null)));
    assertFalse(SmtpMailer.retriable(new SMTPSendFailedException("DATA", 554, "554 rejected", null, null, null, null)));
    assertFalse(SmtpMailer.retriable(new MessagingException("send failed",
        new SMTPAddressFailedException(to, "RCPT TO", 550, "550 no such user"))));
    assertTrue(SmtpMailer.retriable(new MessagingException("send failed",
        new SMTPAddressFailedException(to, "RCPT TO", 452, "452 mailbox full"))));
    assertTrue(SmtpMailer.retriable(new MessagingException("read failed", new SocketTimeoutException("Read timed out"))));
  }

  @Test
  void settings_never_print_the_password() {
    SmtpSettings settings = settings(587).security(SmtpSettings.Security.STARTTLS)
        .credentials("alerts", PASSWORD::toCharArray).build();
    assertFalse(settings.toString().contains(PASSWORD), settings.toString());
    assertTrue(settings.toString().contains("username=alerts"));
  }
}
