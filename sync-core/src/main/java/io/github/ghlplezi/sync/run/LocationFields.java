package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.sync.deliver.FieldWrite;
import java.util.List;

/**
 * More Plezi fields a location's contact receives on the engine's run path, besides its tags (for
 * example {@link StatisticsFields}: aggregates and segments). They go through the same decide step:
 * a field whose value the delivery ledger says Plezi already holds is not sent again.
 */
@FunctionalInterface
public interface LocationFields {

  /** No extra field. */
  LocationFields NONE = (locationId, tagOptions) -> List.of();

  /**
   * The fields due for a location in this run.
   *
   * @param locationId the HighLevel location id
   * @param tagOptions the option slugs its tags map to in this run
   * @return the fields with their current values
   */
  List<FieldWrite> fields(String locationId, List<String> tagOptions);
}
