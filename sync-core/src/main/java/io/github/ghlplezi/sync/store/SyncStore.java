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

  /** The catalog of a location, by tag id (empty for a location never synced). */
  Map<String, CatalogEntry> catalog(String locationId);

  /** The confirmed values of a contact, by field key. */
  Map<String, LedgerEntry> ledger(String contactEmail);

  /** The write sent for a contact whose confirmation was never recorded, if any. */
  Optional<PendingWrite> pending(String contactEmail);

  /** Records a write before it is sent (replacing an older one for the contact). */
  void savePending(PendingWrite write);

  /** The keys of the option problems already reported for a location and not yet resolved. */
  Set<String> reportedOptions(String locationId);

  /** Advances one location atomically: catalog, ledger, reported options, events; clears the pending write. */
  void commit(LocationCommit commit);

  /** Appends events that advance no state (run start and end, failures). */
  void append(List<SyncEvent> events);

  /** Events matching the query, in append order. */
  List<SyncEvent> events(EventQuery query);

  /** Stores a dead letter and returns it with its id. */
  DeadLetter addDeadLetter(DeadLetter letter);

  /** Every dead letter, oldest first. */
  List<DeadLetter> deadLetters();

  /** Marks a dead letter as replayed successfully by a run. */
  void markReplayed(long deadLetterId, String runId);

  /**
   * Retention: deletes events, and dead letters already replayed, older than the cutoff.
   *
   * @param cutoff the oldest time kept
   * @return how many rows were deleted
   */
  int purgeBefore(Instant cutoff);
}
