package io.github.ghlplezi.sync.fetch;

import java.util.Objects;

/**
 * One Social Planner tag as the engine sees it, whatever client read it.
 *
 * @param id the tag id, stable across renames
 * @param name the tag text
 * @param deleted whether HighLevel reports the tag as soft-deleted
 */
public record SourceTag(String id, String name, boolean deleted) {

  /**
   * Checks the arguments.
   *
   * @param id the tag id, stable across renames
   * @param name the tag text
   * @param deleted whether HighLevel reports the tag as soft-deleted
   */
  public SourceTag {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
  }
}
