package io.github.ghlplezi.sync.store;

import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.ledger.LedgerEntry;
import io.github.ghlplezi.sync.ledger.PendingWrite;
import io.github.ghlplezi.sync.tags.CatalogEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link SyncStore} in this JVM's memory: tests, dry runs, one-shot tools. Thread-safe. */
public final class InMemorySyncStore implements SyncStore {

  private final Map<String, Map<String, CatalogEntry>> catalogs = new HashMap<>();
  private final Map<String, Map<String, LedgerEntry>> ledgers = new HashMap<>();
  private final Map<String, PendingWrite> pending = new HashMap<>();
  private final Map<String, Set<String>> reported = new HashMap<>();
  private final List<SyncEvent> events = new ArrayList<>();
  private final List<DeadLetter> deadLetters = new ArrayList<>();
  private long sequence;

  @Override
  public synchronized Map<String, CatalogEntry> catalog(String locationId) {
    return Map.copyOf(catalogs.getOrDefault(locationId, Map.of()));
  }

  @Override
  public synchronized Map<String, LedgerEntry> ledger(String contactEmail) {
    return Map.copyOf(ledgers.getOrDefault(contactEmail, Map.of()));
  }

  @Override
  public synchronized Optional<PendingWrite> pending(String contactEmail) {
    return Optional.ofNullable(pending.get(contactEmail));
  }

  @Override
  public synchronized void savePending(PendingWrite write) {
    pending.put(write.contactEmail(), write);
  }

  @Override
  public synchronized Set<String> reportedOptions(String locationId) {
    return Set.copyOf(reported.getOrDefault(locationId, Set.of()));
  }

  @Override
  public synchronized void commit(LocationCommit commit) {
    Map<String, CatalogEntry> catalog = catalogs.computeIfAbsent(commit.locationId(), k -> new LinkedHashMap<>());
    commit.catalog().forEach(entry -> catalog.put(entry.tagId(), entry));
    Map<String, LedgerEntry> ledger = ledgers.computeIfAbsent(commit.contactEmail(), k -> new HashMap<>());
    commit.ledger().forEach(entry -> ledger.put(entry.fieldKey(), entry));
    reported.put(commit.locationId(), commit.reportedOptions());
    pending.remove(commit.contactEmail());
    append(commit.events());
  }

  @Override
  public synchronized void append(List<SyncEvent> appended) {
    for (SyncEvent event : appended) {
      events.add(event.withSequence(++sequence));
    }
  }

  @Override
  public synchronized List<SyncEvent> events(EventQuery query) {
    return events.stream().filter(query::matches).limit(query.limit()).toList();
  }

  @Override
  public synchronized DeadLetter addDeadLetter(DeadLetter letter) {
    DeadLetter stored = new DeadLetter(deadLetters.size() + 1L, letter.at(), letter.runId(), letter.mapping(),
        letter.reason(), letter.replayedBy());
    deadLetters.add(stored);
    return stored;
  }

  @Override
  public synchronized List<DeadLetter> deadLetters() {
    return List.copyOf(deadLetters);
  }

  @Override
  public synchronized void markReplayed(long deadLetterId, String runId) {
    deadLetters.replaceAll(d -> d.id() == deadLetterId && d.open()
        ? new DeadLetter(d.id(), d.at(), d.runId(), d.mapping(), d.reason(), Optional.of(runId)) : d);
  }

  @Override
  public synchronized int purgeBefore(Instant cutoff) {
    int before = events.size() + deadLetters.size();
    events.removeIf(e -> e.at().isBefore(cutoff));
    deadLetters.removeIf(d -> !d.open() && d.at().isBefore(cutoff));
    return before - events.size() - deadLetters.size();
  }
}
