package io.github.ghlplezi.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.deliver.FieldWrite;
import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.ledger.LedgerEntry;
import io.github.ghlplezi.sync.ledger.PendingWrite;
import io.github.ghlplezi.sync.tags.CatalogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SyncStore} must do; each implementation's test extends it. */
abstract class SyncStoreContract {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

  abstract SyncStore store();

  private final String location = "loc-" + UUID.randomUUID();
  private final String email = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@store.example";

  private CatalogEntry entry(String tagId, String name, boolean deleted, Instant seen) {
    return new CatalogEntry(location, tagId, name, name.toLowerCase(), deleted, T0, seen);
  }

  private LocationCommit commit(List<CatalogEntry> catalog, List<LedgerEntry> ledger, Set<String> reported,
      EventType... types) {
    List<SyncEvent> events = java.util.Arrays.stream(types)
        .map(t -> SyncEvent.of(T0, "run-1", location, t, t.name().toLowerCase())).toList();
    return new LocationCommit(location, email, catalog, ledger, reported, events);
  }

  @Test
  void a_commit_advances_catalog_ledger_reported_options_and_events_together_and_clears_the_pending_write() {
    SyncStore store = store();
    FieldWrite tags = FieldWrite.multiSelect("plz_social_tags", List.of("spring-sale", "été"));
    FieldWrite date = new FieldWrite("plz_ghl_tag_changed_at", FieldWrite.Kind.DATE, List.of("2026-03-01"));
    store.savePending(new PendingWrite(email, location, "run-1", List.of(tags, date), T0));
    assertEquals(List.of(tags, date), store.pending(email).orElseThrow().fields());

    store.commit(commit(List.of(entry("t1", "Spring", false, T0), entry("t2", "Gone", true, T0)),
        List.of(LedgerEntry.confirmed(email, tags, "run-1", T0), LedgerEntry.confirmed(email, date, "run-1", T0)),
        Set.of("missing:t3:webinar"), EventType.TAG_CREATED, EventType.WRITE));

    Map<String, CatalogEntry> catalog = store.catalog(location);
    assertEquals(entry("t1", "Spring", false, T0), catalog.get("t1"));
    assertTrue(catalog.get("t2").deleted());
    Map<String, LedgerEntry> ledger = store.ledger(email);
    assertEquals(tags, ledger.get("plz_social_tags").value());
    assertEquals(LedgerEntry.hashOf(tags), ledger.get("plz_social_tags").hash());
    assertEquals(date, ledger.get("plz_ghl_tag_changed_at").value());
    assertEquals(Set.of("missing:t3:webinar"), store.reportedOptions(location));
    assertTrue(store.pending(email).isEmpty());
    assertEquals(List.of(EventType.TAG_CREATED, EventType.WRITE),
        store.events(EventQuery.all().location(location)).stream().map(SyncEvent::type).toList());
  }

  @Test
  void a_second_commit_replaces_entries_and_the_reported_set_and_keeps_first_seen() {
    SyncStore store = store();
    FieldWrite empty = FieldWrite.multiSelect("plz_social_tags", List.of());
    store.commit(commit(List.of(entry("t1", "Old", false, T0)), List.of(), Set.of("missing:t1:old", "refused:x")));
    Instant later = T0.plusSeconds(3600);

    store.commit(commit(List.of(entry("t1", "New", false, later)), List.of(LedgerEntry.confirmed(email, empty, "run-2",
        later)), Set.of("refused:x")));

    CatalogEntry t1 = store.catalog(location).get("t1");
    assertEquals("New", t1.name());
    assertEquals(T0, t1.firstSeen());
    assertEquals(later, t1.lastSeen());
    assertEquals(Set.of("refused:x"), store.reportedOptions(location));
    assertEquals(List.of(), store.ledger(email).get("plz_social_tags").value().values());
    assertEquals("run-2", store.ledger(email).get("plz_social_tags").runId());
  }

  @Test
  void events_are_filtered_by_location_time_range_and_type_in_append_order_and_purged_by_retention() {
    SyncStore store = store();
    String other = location + "-other";
    store.append(List.of(
        SyncEvent.of(T0, "r", location, EventType.TAG_CREATED, "a"),
        SyncEvent.of(T0.plusSeconds(10), "r", location, EventType.WRITE, "b"),
        SyncEvent.of(T0.plusSeconds(20), "r", other, EventType.WRITE, "c"),
        SyncEvent.of(T0.plusSeconds(30), "r", location, EventType.TAG_DELETED, "d")));

    assertEquals(List.of("a", "b", "d"), details(store, EventQuery.all().location(location)));
    assertEquals(List.of("b", "c"), details(store, EventQuery.all().types(EventType.WRITE)
        .between(T0, T0.plusSeconds(30))));
    assertEquals(List.of("b"), details(store, EventQuery.all().location(location).between(T0.plusSeconds(5),
        T0.plusSeconds(30))));
    assertEquals(List.of("a", "d"), details(store, EventQuery.all().location(location)
        .types(EventType.TAG_CREATED, EventType.TAG_DELETED)));
    assertEquals(List.of("a"), details(store, EventQuery.all().location(location).limit(1)));

    int purged = store.purgeBefore(T0.plusSeconds(15));

    assertTrue(purged >= 2);
    assertEquals(List.of("d"), details(store, EventQuery.all().location(location)));
  }

  private static List<String> details(SyncStore store, EventQuery query) {
    return store.events(query).stream().filter(e -> e.runId().equals("r")).map(SyncEvent::detail).toList();
  }

  @Test
  void dead_letters_get_ids_keep_their_mapping_and_are_marked_replayed_once() {
    SyncStore store = store();
    LocationMapping mapping = new LocationMapping(location, email);
    DeadLetter stored = store.addDeadLetter(new DeadLetter(0, T0, "run-1", mapping, "DELIVER PERMANENT 400", Optional.empty()));

    store.markReplayed(stored.id(), "run-2");
    store.markReplayed(stored.id(), "run-3");

    DeadLetter read = store.deadLetters().stream().filter(d -> d.id() == stored.id()).findFirst().orElseThrow();
    assertEquals(mapping, read.mapping());
    assertEquals("DELIVER PERMANENT 400", read.reason());
    assertEquals(Optional.of("run-2"), read.replayedBy());
    assertFalse(read.open());
  }
}
