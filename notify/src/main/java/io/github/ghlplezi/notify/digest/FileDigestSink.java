package io.github.ghlplezi.notify.digest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes each digest to {@code <directory>/<recipient id>/<week>/}: {@code digest.html} (its
 * {@code cid:} images pointed at the PNG files beside it, so a browser shows it as the e-mail
 * would), {@code digest.txt}, {@code subject.txt} and one {@code chart-N.png} per location. This is
 * also the preview. Files are written to a temporary name and moved into place.
 */
public final class FileDigestSink implements DigestSink {

  private final Path directory;

  /**
   * A sink writing under a directory (created when missing).
   *
   * @param directory the root directory
   */
  public FileDigestSink(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  @Override
  public String name() {
    return "file";
  }

  @Override
  public void deliver(RenderedDigest digest) throws DigestDeliveryException {
    try {
      write(digest);
    } catch (IOException e) {
      throw new DigestDeliveryException("cannot write the digest of " + digest.recipient().id() + " "
          + digest.week() + ": " + e, true, e);
    }
  }

  /**
   * Writes a digest's files.
   *
   * @param digest the rendered digest
   * @return the folder holding them
   * @throws IOException when a file cannot be written
   */
  public Path write(RenderedDigest digest) throws IOException {
    Path folder = directory.resolve(safe(digest.recipient().id())).resolve(digest.week().toString());
    Files.createDirectories(folder);
    String html = digest.html();
    for (InlineImage image : digest.images()) {
      put(folder.resolve(image.fileName()), image.bytes());
      html = html.replace("cid:" + image.contentId(), image.fileName());
    }
    put(folder.resolve("digest.html"), html.getBytes(StandardCharsets.UTF_8));
    put(folder.resolve("digest.txt"), digest.text().getBytes(StandardCharsets.UTF_8));
    put(folder.resolve("subject.txt"), (digest.subject() + "\n").getBytes(StandardCharsets.UTF_8));
    return folder;
  }

  private static void put(Path file, byte[] bytes) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temporary, bytes);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String safe(String id) {
    String cleaned = id.replaceAll("[^A-Za-z0-9._-]", "_");
    return cleaned.startsWith(".") ? "_" + cleaned : cleaned;
  }
}
