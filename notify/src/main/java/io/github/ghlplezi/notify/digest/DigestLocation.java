package io.github.ghlplezi.notify.digest;

import java.util.Objects;

/**
 * A location as a digest names it.
 *
 * @param id the HighLevel location id
 * @param name the name people know it by (the client's name)
 */
public record DigestLocation(String id, String name) {

  /**
   * Checks the fields.
   *
   * @param id the HighLevel location id
   * @param name the name people know it by
   */
  public DigestLocation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isBlank()) {
      throw new IllegalArgumentException("location id must not be blank");
    }
  }
}
