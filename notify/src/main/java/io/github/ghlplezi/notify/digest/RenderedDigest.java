package io.github.ghlplezi.notify.digest;

import java.util.List;
import java.util.Objects;

/**
 * A digest ready to send: subject, plain text, HTML and the images the HTML refers to by
 * {@code cid:}, with the content they were rendered from (for the webhook's JSON summary).
 *
 * @param digest the content
 * @param subject the e-mail subject, one line
 * @param text the plain-text rendering
 * @param html the HTML rendering; its images are {@code cid:} references to {@link #images()}
 * @param images the charts, one per location, in the locations' order
 */
public record RenderedDigest(Digest digest, String subject, String text, String html, List<InlineImage> images) {

  /**
   * Copies the list and checks the fields.
   *
   * @param digest the content
   * @param subject the e-mail subject
   * @param text the plain-text rendering
   * @param html the HTML rendering
   * @param images the charts
   */
  public RenderedDigest {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
    images = List.copyOf(images);
  }

  /**
   * The recipient.
   *
   * @return the digest's recipient
   */
  public DigestRecipient recipient() {
    return digest.recipient();
  }

  /**
   * The week.
   *
   * @return the digest's ISO week
   */
  public DigestWeek week() {
    return digest.week();
  }
}
