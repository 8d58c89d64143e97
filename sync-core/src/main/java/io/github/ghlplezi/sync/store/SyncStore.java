package io.github.ghlplezi.sync.store;

import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.ledger.LedgerEntry;
import io.github.ghlplezi.sync.ledger.PendingWrite;
import io.github.ghlplezi.sync.tags.CatalogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port of the record stage: the tag catalog, the delivery ledger, pending writes, reported options,
 * the event log and dead letters. {@link InMemorySyncStore} and {@link JdbcSyncStore} implement it.
 *
 * <p>{@link #commit(LocationCommit)} is the one place where a location's state advances, atomically:
 * a crash before it leaves the previous state whole, so the next run repeats the same diff (no event
 * lost or duplicated) and resends the pending write.
 *
 * <p>Failures are thrown as {@link SyncStoreException}.
 */
public interface SyncStore {

  /**
   * The catalog of a location, by tag id (empty for a location never synced).
   *
   * @param locationId the location
   * @return the entries by tag id
   */
  Map<String, CatalogEntry> catalog(String locationId);

  /**
   * The confirmed values of a contact, by field key.
   *
   * @param contactEmail the Plezi contact
   * @return the entries by field key
   */
  Map<String, LedgerEntry> ledger(String contactEmail);

  /**
   * The write sent for a contact whose confirmation was never recorded, if any.
   *
   * @param contactEmail the Plezi contact
   * @return the unconfirmed write, empty when none
   */
  Optional<PendingWrite> pending(String contactEmail);

  /**
   * Records a write before it is sent (replacing an older one for the contact).
   *
   * @param write the write about to be sent
   */
  void savePending(PendingWrite write);

  /**
   * The keys of the option problems already reported for a location and not yet resolved.
   *
   * @param locationId the location
   * @return the keys of the reported problems
   */
  Set<String> reportedOptions(String locationId);

  /**
   * Advances one location atomically: catalog, ledger, reported options, events; clears the pending write.
   *
   * @param commit everything one location's sync changes
   */
  void commit(LocationCommit commit);

  /**
   * Appends events that advance no state (run start and end, failures).
   *
   * @param events the events, in order
   */
  void append(List<SyncEvent> events);

  /**
   * Events matching the query, in append order.
   *
   * @param query the filter
   * @return the matching events
   */
  List<SyncEvent> events(EventQuery query);

  /**
   * Stores a dead letter and returns it with its id.
   *
   * @param letter the dead letter, without id
   * @return the stored dead letter, with its id
   */
  DeadLetter addDeadLetter(DeadLetter letter);

  /**
   * Every dead letter, oldest first.
   *
   * @return the dead letters, open and replayed
   */
  List<DeadLetter> deadLetters();

  /**
   * Marks a dead letter as replayed successfully by a run.
   *
   * @param deadLetterId the id the store gave the dead letter
   * @param runId the run whose replay succeeded
   */
  void markReplayed(long deadLetterId, String runId);

  /**
   * Retention: deletes events, and dead letters already replayed, older than the cutoff.
   *
   * @param cutoff the oldest time kept
   * @return how many rows were deleted
   */
  int purgeBefore(Instant cutoff);
}
