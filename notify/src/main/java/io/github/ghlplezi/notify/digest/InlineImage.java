package io.github.ghlplezi.notify.digest;

import java.util.Objects;

/**
 * An image the HTML refers to as {@code cid:<contentId>}: the e-mail sink attaches it inline, the
 * file sink writes it beside the HTML.
 *
 * @param contentId the Content-ID, without angle brackets, e.g. {@code chart-1@ghl-plezi}
 * @param fileName the file name, e.g. {@code chart-1.png}
 * @param mediaType the media type, e.g. {@code image/png}
 * @param bytes the image
 */
public record InlineImage(String contentId, String fileName, String mediaType, byte[] bytes) {

  /**
   * Checks the fields (the bytes are not copied).
   *
   * @param contentId the Content-ID, without angle brackets
   * @param fileName the file name
   * @param mediaType the media type
   * @param bytes the image
   */
  public InlineImage {
    Objects.requireNonNull(contentId, "contentId");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
    if (!fileName.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("file name must be letters, digits, '.', '_' or '-': " + fileName);
    }
  }
}
