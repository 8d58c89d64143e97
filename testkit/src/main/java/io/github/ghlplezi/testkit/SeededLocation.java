package io.github.ghlplezi.testkit;

import java.util.Objects;

/**
 * A GHL sub-account ("location") known to the fake.
 *
 * @param id the location id as used in paths ({@code /social-media-posting/{id}/tags})
 * @param name the sub-account's business name
 */
public record SeededLocation(String id, String name) {
  /**
   * Checks both components are present.
   *
   * @param id the location id as used in paths ({@code /social-media-posting/{id}/tags})
   * @param name the sub-account's business name
   */
  public SeededLocation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
