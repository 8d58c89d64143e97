package io.github.ghlplezi.notify.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends MIME messages through one SMTP server, one connection per message, and sorts failures into
 * retriable (connection refused or lost, timeouts, 4xx answers) and permanent (refused
 * authentication, invalid addresses, 5xx answers). Thread-safe.
 */
public final class SmtpMailer {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

  private final SmtpSettings settings;
  private final Session session;

  /**
   * A mailer for one server.
   *
   * @param settings the server, its security, login and timeouts
   */
  public SmtpMailer(SmtpSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", Integer.toString(settings.port()));
    props.put("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
    props.put("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
    props.put("mail.smtp.writetimeout", Long.toString(settings.readTimeout().toMillis()));
    props.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
    switch (settings.security()) {
      case STARTTLS -> {
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case SSL -> {
        props.put("mail.smtp.ssl.enable", "true");
        props.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case NONE -> { }
    }
    this.session = Session.getInstance(props);
  }

  /**
   * The settings (their {@code toString} leaves the password out).
   *
   * @return the settings
   */
  public SmtpSettings settings() {
    return settings;
  }

  /**
   * A new empty message of this mailer's session, its sender and recipients set.
   *
   * @param to the recipients' addresses
   * @return the message, to be given a subject and content
   * @throws SmtpDeliveryException (permanent) when an address is invalid
   */
  public MimeMessage newMessage(List<String> to) throws SmtpDeliveryException {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from(), true));
      for (String address : to) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
      }
      return message;
    } catch (MessagingException e) {
      throw new SmtpDeliveryException("invalid address: " + e.getMessage(), false, e);
    }
  }

  /**
   * Sends one message over a new connection.
   *
   * @param message a message made by {@link #newMessage(List)}
   * @throws SmtpDeliveryException when the server did not take it; {@link SmtpDeliveryException#retriable()} says whether to try again
   */
  public void send(MimeMessage message) throws SmtpDeliveryException {
    long start = System.nanoTime();
    try (Transport transport = session.getTransport("smtp")) {
      String user = settings.username().orElse(null);
      if (user == null) {
        transport.connect(settings.host(), settings.port(), null, null);
      } else {
        char[] secret = settings.password().get();
        try {
          transport.connect(settings.host(), settings.port(), user, new String(secret));
        } finally {
          Arrays.fill(secret, '\0');
        }
      }
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
      LOG.info("smtp {}:{} took message {} for {} recipient(s) in {} ms", settings.host(), settings.port(),
          message.getMessageID(), message.getAllRecipients().length, (System.nanoTime() - start) / 1_000_000);
    } catch (MessagingException e) {
      boolean retriable = retriable(e);
      LOG.warn("smtp {}:{} failed ({}): {}", settings.host(), settings.port(),
          retriable ? "retriable" : "permanent", e.getMessage());
      throw new SmtpDeliveryException("SMTP " + settings.host() + ":" + settings.port() + " failed: "
          + e.getMessage(), retriable, e);
    }
  }

  /**
   * Whether a Jakarta Mail failure may pass if the message is sent again later.
   *
   * @param failure the failure
   * @return false for refused authentication, invalid addresses and 5xx answers; true for 4xx
   *     answers, I/O failures (refused or lost connections, timeouts) and anything else
   */
  static boolean retriable(MessagingException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AuthenticationFailedException || t instanceof AddressException) {
        return false;
      }
      int code = returnCode(t);
      if (code >= 500) {
        return false;
      }
      if (code >= 400) {
        return true;
      }
      if (t instanceof IOException) {
        return true;
      }
      if (t instanceof SendFailedException sendFailed && t.getCause() == null
          && sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0) {
        return false;
      }
    }
    return true;
  }

  private static int returnCode(Throwable t) {
    if (t instanceof SMTPSendFailedException e) {
      return e.getReturnCode();
    }
    if (t instanceof SMTPAddressFailedException e) {
      return e.getReturnCode();
    }
    if (t instanceof SMTPSenderFailedException e) {
      return e.getReturnCode();
    }
    return -1;
  }
}
