package io.github.ghlplezi.sync.ledger;

import io.github.ghlplezi.sync.deliver.FieldWrite;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A write recorded before it is sent and cleared once Plezi confirms it. When its answer is lost, the
 * next run finds it and resends the same full value (trigger values included) instead of a new one.
 *
 * @param contactEmail the contact
 * @param locationId the location whose values it carries
 * @param runId the run that first sent it
 * @param fields the full values sent
 * @param createdAt when it was first sent
 */
public record PendingWrite(String contactEmail, String locationId, String runId, List<FieldWrite> fields,
    Instant createdAt) {

  /**
   * Copies the list and checks the arguments.
   *
   * @param contactEmail the contact
   * @param locationId the location whose values it carries
   * @param runId the run that first sent it
   * @param fields the full values sent
   * @param createdAt when it was first sent
   */
  public PendingWrite {
    Objects.requireNonNull(contactEmail, "contactEmail");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(runId, "runId");
    fields = List.copyOf(fields);
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
