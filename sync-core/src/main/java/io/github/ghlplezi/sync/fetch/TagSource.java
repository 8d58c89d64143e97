package io.github.ghlplezi.sync.fetch;

import java.util.List;

/**
 * Port of the fetch stage: every tag of one location, deleted ones included.
 *
 * <p>{@link GhlTagSource} implements it with ghl-client. A failure is thrown as the client's own
 * unchecked exception; the engine classifies it once ({@code SyncFailure.of}).
 */
@FunctionalInterface
public interface TagSource {

  /**
   * Reads all tags of a location.
   *
   * @param locationId the HighLevel location id
   * @return every tag, in the order HighLevel lists them
   */
  List<SourceTag> tags(String locationId);
}
