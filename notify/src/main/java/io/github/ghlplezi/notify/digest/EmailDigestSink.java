package io.github.ghlplezi.notify.digest;

import io.github.ghlplezi.notify.mail.SmtpDeliveryException;
import io.github.ghlplezi.notify.mail.SmtpMailer;
import io.github.ghlplezi.notify.mail.SmtpSettings;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Sends each digest to its recipient's address as {@code multipart/alternative}: the plain text,
 * then a {@code multipart/related} holding the HTML and its charts as inline PNG parts whose
 * Content-ID the HTML's {@code cid:} references name. The header {@value #DIGEST_HEADER} carries
 * {@code <recipient id>/<week>}.
 */
public final class EmailDigestSink implements DigestSink {

  /** The header naming the recipient and week of a digest e-mail. */
  public static final String DIGEST_HEADER = "X-Ghl-Plezi-Digest";

  private final SmtpMailer mailer;

  /**
   * A sink sending through an SMTP server.
   *
   * @param settings the server
   */
  public EmailDigestSink(SmtpSettings settings) {
    this(new SmtpMailer(settings));
  }

  /**
   * A sink over an existing mailer.
   *
   * @param mailer the mailer
   */
  public EmailDigestSink(SmtpMailer mailer) {
    this.mailer = Objects.requireNonNull(mailer, "mailer");
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public void deliver(RenderedDigest digest) throws DigestDeliveryException {
    String what = "digest e-mail " + digest.recipient().id() + " " + digest.week();
    try {
      mailer.send(message(digest));
    } catch (SmtpDeliveryException e) {
      throw new DigestDeliveryException(what + ": " + e.getMessage(), e.retriable(), e);
    } catch (MessagingException e) {
      throw new DigestDeliveryException(what + " could not be built: " + e.getMessage(), false, e);
    }
  }

  MimeMessage message(RenderedDigest digest) throws SmtpDeliveryException, MessagingException {
    String utf8 = StandardCharsets.UTF_8.name();
    MimeMessage message = mailer.newMessage(List.of(digest.recipient().email()));
    message.setSubject(digest.subject(), utf8);
    message.setHeader(DIGEST_HEADER, digest.recipient().id() + "/" + digest.week());

    MimeMultipart related = new MimeMultipart("related");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(digest.html(), utf8, "html");
    related.addBodyPart(html);
    for (InlineImage image : digest.images()) {
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(new DataHandler(new ByteArrayDataSource(image.bytes(), image.mediaType())));
      part.setContentID("<" + image.contentId() + ">");
      part.setDisposition(Part.INLINE);
      part.setFileName(image.fileName());
      related.addBodyPart(part);
    }
    MimeBodyPart relatedPart = new MimeBodyPart();
    relatedPart.setContent(related);

    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(digest.text(), utf8, "plain");
    alternative.addBodyPart(text);
    alternative.addBodyPart(relatedPart);
    message.setContent(alternative);
    return message;
  }
}
