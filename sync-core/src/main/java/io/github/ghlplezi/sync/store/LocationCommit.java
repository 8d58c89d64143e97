package io.github.ghlplezi.sync.store;

import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.ledger.LedgerEntry;
import io.github.ghlplezi.sync.tags.CatalogEntry;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one location's confirmed sync stores, in one transaction.
 *
 * @param locationId the location
 * @param contactEmail the contact whose pending write is cleared
 * @param catalog the catalog entries to upsert
 * @param ledger the confirmed values to upsert
 * @param reportedOptions the location's unresolved option problems, replacing the stored set
 * @param events the events to append
 */
public record LocationCommit(String locationId, String contactEmail, List<CatalogEntry> catalog,
    List<LedgerEntry> ledger, Set<String> reportedOptions, List<SyncEvent> events) {

  /**
   * Copies the collections.
   *
   * @param locationId the location
   * @param contactEmail the contact whose pending write is cleared
   * @param catalog the catalog entries to upsert
   * @param ledger the confirmed values to upsert
   * @param reportedOptions the location's unresolved option problems, replacing the stored set
   * @param events the events to append
   */
  public LocationCommit {
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(contactEmail, "contactEmail");
    catalog = List.copyOf(catalog);
    ledger = List.copyOf(ledger);
    reportedOptions = Set.copyOf(reportedOptions);
    events = List.copyOf(events);
  }
}
