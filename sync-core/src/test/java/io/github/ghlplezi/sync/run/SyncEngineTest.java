package io.github.ghlplezi.sync.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import io.github.ghlplezi.sync.tags.OptionRules;
import io.github.ghlplezi.sync.tags.OptionSlugs;
import io.github.ghlplezi.testkit.Fault;
import io.github.ghlplezi.testkit.FaultRule;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.UnknownValueMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyncEngineTest {

  private static final String DATE_FIELD = "plz_ghl_tag_changed_at";
  private static final String VALUE_FIELD = "plz_ghl_trigger";

  /** A location with three tags whose options Plezi and configuration both have. */
  private record World(Sandbox sandbox, String location, LocationMapping mapping, List<String> tagIds,
      InMemorySyncStore store, SyncEngine engine) {
    FakeGhl ghl() {
      return sandbox.ghl();
    }

    FakePlezi plezi() {
      return sandbox.plezi();
    }

    List<String> held() {
      return plezi().contact(mapping.contactEmail()).map(c -> c.fields().getOrDefault(plezi().tagFieldKey(), List.of()))
          .orElse(null);
    }

    List<SyncEvent> events(EventType type) {
      return store.events(EventQuery.all().location(location).types(type));
    }

    SyncRun run() {
      return engine.run(Trigger.SCHEDULE, Selection.of(mapping));
    }
  }

  private static World world(Sandbox sandbox, List<String> configuredOptions) {
    FakeGhl fg = sandbox.ghl();
    FakePlezi fp = sandbox.plezi();
    String location = fg.addLocation("Engine Client").id();
    List<String> ids = new ArrayList<>();
    for (String name : List.of("Spring Sale", "Product Launch", "Webinar")) {
      ids.add(fg.addTag(location, name));
      if (!fp.fieldOptions(fp.tagFieldKey()).contains(OptionSlugs.of(name))) {
        fp.addFieldOption(fp.tagFieldKey(), OptionSlugs.of(name));
      }
    }
    InMemorySyncStore store = new InMemorySyncStore();
    EngineSettings settings = EngineSettings.of(OptionRules.of(fp.tagFieldKey(), configuredOptions))
        .withTriggerFields(DATE_FIELD, VALUE_FIELD);
    return new World(sandbox, location, new LocationMapping(location, "engine@client.example"), ids, store,
        EngineFixture.engine(sandbox, store, settings));
  }

  private static final List<String> THREE = List.of("spring-sale", "product-launch", "webinar");

  @Test
  void a_run_with_no_changes_sends_no_plezi_write() {
    try (Sandbox sandbox = Sandbox.start()) {
      World w = world(sandbox, THREE);
      assertTrue(w.run().allSucceeded());
      long writes = w.plezi().writeCount(w.mapping().contactEmail());
      assertEquals(1, writes);

      SyncRun second = w.run();

      assertTrue(second.allSucceeded());
      assertEquals(0, second.writes());
      assertEquals(writes, w.plezi().writeCount(w.mapping().contactEmail()), "0 Plezi writes");
      assertEquals(1, w.events(EventType.WRITE_SKIPPED).size());
    }
  }

  @Test
  void catalog_events_name_each_creation_rename_and_deletion_once_and_the_trigger_fires_once_per_change() {
    try (Sandbox sandbox = Sandbox.start()) {
      World w = world(sandbox, List.of("spring-sale", "product-launch", "webinar", "summer-sale", "flash-deal"));
      w.run();
      assertEquals(3, w.events(EventType.TAG_CREATED).size());
      assertTrue(w.events(EventType.TRIGGER_WRITTEN).isEmpty(), "the first sync of a location is no change");

      String created = w.ghl().addTag(w.location(), "Flash Deal");
      w.ghl().renameTag(w.location(), w.tagIds().get(0), "Summer Sale");
      w.ghl().deleteTag(w.location(), w.tagIds().get(1));
      w.plezi().addFieldOption(w.plezi().tagFieldKey(), "summer-sale");
      w.plezi().addFieldOption(w.plezi().tagFieldKey(), "flash-deal");
      SyncRun second = w.run();
      SyncRun third = w.run();

      assertEquals(4, w.events(EventType.TAG_CREATED).size());
      assertTrue(w.events(EventType.TAG_CREATED).get(3).detail().contains(created));
      assertEquals(1, w.events(EventType.TAG_RENAMED).size());
      assertEquals(1, w.events(EventType.TAG_DELETED).size());
      assertEquals(3, second.changes().size());
      assertEquals(0, third.changes().size());
      assertEquals(new TreeSet<>(List.of("summer-sale", "webinar", "flash-deal")), new TreeSet<>(w.held()));
      assertEquals(1, w.events(EventType.TRIGGER_WRITTEN).size(), "one change, one trigger");
      var contact = w.plezi().contact(w.mapping().contactEmail()).orElseThrow();
      assertEquals(List.of(sandbox.clock().instant().toString().substring(0, 10)), contact.fields().get(DATE_FIELD));
      assertEquals(16, contact.fields().get(VALUE_FIELD).get(0).length());
      assertEquals(0, third.writes());
    }
  }

  @Test
  void a_tag_without_a_configured_option_is_not_sent_and_reported_once_until_resolved() {
    try (Sandbox sandbox = Sandbox.start()) {
      World w = world(sandbox, List.of("spring-sale", "product-launch"));

      SyncRun first = w.run();
      w.run();

      LocationOutcome.Synced synced = assertInstanceOf(LocationOutcome.Synced.class, first.outcomes().get(0));
      assertEquals(1, synced.missing().size());
      assertEquals("add option webinar to field plz_social_tags (tag 'Webinar')", synced.missing().get(0).advice());
      assertEquals(List.of("spring-sale", "product-launch"), w.held());
      assertEquals(1, w.events(EventType.OPTION_MISSING).size(), "reported once, not once per run");
      assertTrue(first.toText().contains("missing option: add option webinar to field plz_social_tags"));
    }
  }

  @ParameterizedTest
  @EnumSource(UnknownValueMode.class)
  void an_option_configured_but_absent_from_plezi_never_fails_the_location(UnknownValueMode mode) {
    try (Sandbox sandbox = Sandbox.builder().unknownValueMode(mode).start()) {
      World w = world(sandbox, List.of("spring-sale", "product-launch", "webinar", "ghost-one", "ghost-two"));
      w.ghl().addTag(w.location(), "Ghost One");
      w.ghl().addTag(w.location(), "Ghost Two");

      SyncRun first = w.run();
      SyncRun second = w.run();

      LocationOutcome.Synced synced = assertInstanceOf(LocationOutcome.Synced.class, first.outcomes().get(0),
          first::toText);
      List<String> held = w.held();
      assertTrue(held.containsAll(THREE), () -> "held " + held);
      switch (mode) {
        case REJECT_422 -> {
          assertEquals(Set.of("ghost-one", "ghost-two"), Set.copyOf(synced.rejected()));
          assertEquals(THREE, held);
          assertEquals(2, w.events(EventType.OPTION_REJECTED).size());
        }
        case IGNORE -> assertEquals(THREE, held);
        case AUTO_CREATE -> assertTrue(held.containsAll(List.of("ghost-one", "ghost-two")));
        default -> throw new AssertionError(mode);
      }
      assertTrue(second.allSucceeded());
      assertEquals(0, second.writes());
      assertEquals(1, w.plezi().writeCount(w.mapping().contactEmail()), "one applied write over both runs");
    }
  }

  @Test
  void a_write_whose_answer_was_lost_is_resent_with_the_same_full_value_and_recorded_once() {
    try (Sandbox sandbox = Sandbox.start()) {
      World w = world(sandbox, List.of("spring-sale", "product-launch", "webinar", "flash-deal"));
      w.run();
      w.ghl().addTag(w.location(), "Flash Deal");
      w.plezi().addFieldOption(w.plezi().tagFieldKey(), "flash-deal");
      // Every attempt is applied and its answer dropped: the chain gives up, the run fails at delivery.
      w.plezi().faults().add(FaultRule.onPath(".*create_contact_after_webform.*").times(8).fault(Fault.applyThenDrop()));
      SyncRun lost = w.run();
      assertInstanceOf(LocationOutcome.Failed.class, lost.outcomes().get(0), lost::toText);
      String firstValue = w.plezi().contact(w.mapping().contactEmail()).orElseThrow().fields().get(VALUE_FIELD).get(0);
      sandbox.clock().advance(Duration.ofDays(2));
      w.plezi().faults().clear();

      SyncRun resent = w.run();

      LocationOutcome.Synced synced = assertInstanceOf(LocationOutcome.Synced.class, resent.outcomes().get(0));
      assertTrue(synced.resent());
      var contact = w.plezi().contact(w.mapping().contactEmail()).orElseThrow();
      assertEquals(firstValue, contact.fields().get(VALUE_FIELD).get(0), "the same trigger value, not a new one");
      assertEquals(1, w.events(EventType.TAG_CREATED).stream().filter(e -> e.detail().contains("Flash Deal")).count());
      assertEquals(0, w.run().writes());
    }
  }

  @Test
  void a_dry_run_returns_the_plan_and_writes_nothing() {
    try (Sandbox sandbox = Sandbox.start()) {
      World w = world(sandbox, List.of("spring-sale", "product-launch"));

      SyncRun plan = w.engine().dryRun(Trigger.MANUAL_TEST_PULL, Selection.of(w.mapping()));

      LocationOutcome.Planned planned = assertInstanceOf(LocationOutcome.Planned.class, plan.outcomes().get(0));
      assertEquals(3, planned.changes().size());
      assertEquals(List.of("spring-sale", "product-launch"), planned.wouldWrite().get(0).values());
      assertEquals("webinar", planned.missing().get(0).option());
      assertTrue(w.plezi().contact(w.mapping().contactEmail()).isEmpty(), "nothing written to Plezi");
      assertTrue(w.store().events(EventQuery.all()).isEmpty(), "nothing written to the store");
      assertTrue(w.store().catalog(w.location()).isEmpty());
      String text = plan.toText();
      assertTrue(text.contains("would write plz_social_tags = [spring-sale, product-launch]"), text);
      assertTrue(text.contains("tag created"), text);
    }
  }

  @Test
  void a_permanent_failure_becomes_a_dead_letter_and_a_replay_syncs_it() {
    try (Sandbox sandbox = Sandbox.start()) {
      World w = world(sandbox, THREE);
      w.plezi().faults().add(FaultRule.onPath(".*create_contact_after_webform.*").times(1).fault(Fault.status(400)));

      SyncRun failed = w.run();

      assertInstanceOf(LocationOutcome.Failed.class, failed.outcomes().get(0));
      assertEquals(1, w.engine().deadLetters().size());
      assertTrue(w.engine().deadLetters().get(0).open());
      assertTrue(w.store().catalog(w.location()).isEmpty(), "the catalog waits for a confirmed write");

      SyncRun replay = w.engine().replay(d -> true);

      assertEquals(Trigger.REPLAY, replay.trigger());
      assertTrue(replay.allSucceeded());
      assertFalse(w.engine().deadLetters().get(0).open());
      assertEquals(THREE, w.held());
      assertEquals(3, w.events(EventType.TAG_CREATED).size());
      assertEquals(0, w.engine().replay(d -> true).outcomes().size(), "nothing left to replay");
    }
  }

  @Test
  void events_are_queryable_by_type_location_and_time_and_retention_drops_old_ones() {
    try (Sandbox sandbox = Sandbox.start()) {
      World w = world(sandbox, THREE);
      w.run();
      var before = sandbox.clock().instant();
      sandbox.clock().advance(Duration.ofDays(100));
      w.run();

      assertEquals(2, w.store().events(EventQuery.all().types(EventType.RUN_STARTED)).size());
      assertEquals(1, w.store().events(EventQuery.all().between(before.plusSeconds(1), java.time.Instant.MAX)
          .types(EventType.RUN_STARTED)).size());
      assertTrue(w.store().events(EventQuery.all().location("other")).isEmpty());

      int purged = w.engine().applyRetention();

      assertTrue(purged > 0);
      assertEquals(1, w.store().events(EventQuery.all().types(EventType.RUN_STARTED)).size());
    }
  }

  @Test
  void a_store_that_fails_to_commit_leaves_the_location_to_the_next_run_without_a_dead_letter() {
    try (Sandbox sandbox = Sandbox.start()) {
      World w = world(sandbox, THREE);
      java.util.concurrent.atomic.AtomicBoolean failCommit = new java.util.concurrent.atomic.AtomicBoolean(true);
      SyncEngine engine = EngineFixture.engine(sandbox, new FailingCommitStore(w.store(), failCommit),
          EngineSettings.of(OptionRules.of(w.plezi().tagFieldKey(), THREE)));

      SyncRun failed = engine.run(Trigger.SCHEDULE, Selection.of(w.mapping()));
      failCommit.set(false);
      SyncRun next = engine.run(Trigger.SCHEDULE, Selection.of(w.mapping()));

      LocationOutcome.Failed outcome = assertInstanceOf(LocationOutcome.Failed.class, failed.outcomes().get(0));
      assertEquals(io.github.ghlplezi.sync.SyncFailure.Stage.RECORD, outcome.failure().stage());
      assertTrue(outcome.failure().kind().isRetriable());
      assertTrue(engine.deadLetters().isEmpty());
      assertTrue(assertInstanceOf(LocationOutcome.Synced.class, next.outcomes().get(0)).resent(),
          "the write applied before the failed commit is resent with its value");
      assertEquals(3, w.events(EventType.TAG_CREATED).size(), "each creation recorded once");
    }
  }

  /** Delegates to a real store and throws on {@code commit} while the flag is set. */
  private static final class FailingCommitStore implements io.github.ghlplezi.sync.store.SyncStore {
    private final InMemorySyncStore real;
    private final java.util.concurrent.atomic.AtomicBoolean fail;

    FailingCommitStore(InMemorySyncStore real, java.util.concurrent.atomic.AtomicBoolean fail) {
      this.real = real;
      this.fail = fail;
    }

    @Override
    public java.util.Map<String, io.github.ghlplezi.sync.tags.CatalogEntry> catalog(String locationId) {
      return real.catalog(locationId);
    }

    @Override
    public java.util.Map<String, io.github.ghlplezi.sync.ledger.LedgerEntry> ledger(String contactEmail) {
      return real.ledger(contactEmail);
    }

    @Override
    public java.util.Optional<io.github.ghlplezi.sync.ledger.PendingWrite> pending(String contactEmail) {
      return real.pending(contactEmail);
    }

    @Override
    public void savePending(io.github.ghlplezi.sync.ledger.PendingWrite write) {
      real.savePending(write);
    }

    @Override
    public Set<String> reportedOptions(String locationId) {
      return real.reportedOptions(locationId);
    }

    @Override
    public void commit(io.github.ghlplezi.sync.store.LocationCommit commit) {
      if (fail.get()) {
        throw new io.github.ghlplezi.sync.store.SyncStoreException("database unavailable", null);
      }
      real.commit(commit);
    }

    @Override
    public void append(List<SyncEvent> events) {
      real.append(events);
    }

    @Override
    public List<SyncEvent> events(EventQuery query) {
      return real.events(query);
    }

    @Override
    public io.github.ghlplezi.sync.events.DeadLetter addDeadLetter(io.github.ghlplezi.sync.events.DeadLetter letter) {
      return real.addDeadLetter(letter);
    }

    @Override
    public List<io.github.ghlplezi.sync.events.DeadLetter> deadLetters() {
      return real.deadLetters();
    }

    @Override
    public void markReplayed(long deadLetterId, String runId) {
      real.markReplayed(deadLetterId, runId);
    }

    @Override
    public int purgeBefore(java.time.Instant cutoff) {
      return real.purgeBefore(cutoff);
    }
  }
}
