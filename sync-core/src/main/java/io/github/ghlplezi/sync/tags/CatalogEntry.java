package io.github.ghlplezi.sync.tags;

import java.time.Instant;
import java.util.Objects;

/**
 * One tag of a location's catalog, as the engine last confirmed it.
 *
 * @param locationId the HighLevel location
 * @param tagId the tag id
 * @param name the tag text
 * @param slug the slug of the text
 * @param deleted true when the tag is soft-deleted or no longer listed
 * @param firstSeen when a run first saw the tag
 * @param lastSeen when a run last saw the tag listed
 */
public record CatalogEntry(String locationId, String tagId, String name, String slug, boolean deleted,
    Instant firstSeen, Instant lastSeen) {

  /**
   * Checks the arguments.
   *
   * @param locationId the HighLevel location
   * @param tagId the tag id
   * @param name the tag text
   * @param slug the slug of the text
   * @param deleted true when the tag is soft-deleted or no longer listed
   * @param firstSeen when a run first saw the tag
   * @param lastSeen when a run last saw the tag listed
   */
  public CatalogEntry {
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(tagId, "tagId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }
}
