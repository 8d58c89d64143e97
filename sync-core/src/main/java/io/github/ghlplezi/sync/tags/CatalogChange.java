package io.github.ghlplezi.sync.tags;

import java.util.Objects;

/**
 * One difference between what a run fetched and the catalog.
 *
 * @param locationId the HighLevel location
 * @param tagId the tag id
 * @param kind what changed
 * @param oldName the name the catalog held (empty for {@link Kind#CREATED})
 * @param newName the name fetched (for {@link Kind#DELETED}, the last known name)
 */
public record CatalogChange(String locationId, String tagId, Kind kind, String oldName, String newName) {

  /** What changed. */
  public enum Kind {
    /** A tag the catalog did not hold. */
    CREATED,
    /** Same id, new name. */
    RENAMED,
    /** Soft-deleted, or no longer listed. */
    DELETED,
    /** Deleted in the catalog, listed again as not deleted. */
    RESTORED
  }

  /**
   * Checks the arguments.
   *
   * @param locationId the HighLevel location
   * @param tagId the tag id
   * @param kind what changed
   * @param oldName the name the catalog held (empty for {@link Kind#CREATED})
   * @param newName the name fetched (for {@link Kind#DELETED}, the last known name)
   */
  public CatalogChange {
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(tagId, "tagId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(oldName, "oldName");
    Objects.requireNonNull(newName, "newName");
  }

  /**
   * One line: {@code renamed 64f… 'Old' -> 'New'}.
   *
   * @return the change as one line of text, for reports and logs
   */
  public String describe() {
    return switch (kind) {
      case CREATED -> "created " + tagId + " '" + newName + "'";
      case RENAMED -> "renamed " + tagId + " '" + oldName + "' -> '" + newName + "'";
      case DELETED -> "deleted " + tagId + " '" + oldName + "'";
      case RESTORED -> "restored " + tagId + " '" + newName + "'";
    };
  }
}
