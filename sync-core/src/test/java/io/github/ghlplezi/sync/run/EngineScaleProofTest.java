package io.github.ghlplezi.sync.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import io.github.ghlplezi.sync.tags.OptionRules;
import io.github.ghlplezi.sync.tags.OptionSlugs;
import io.github.ghlplezi.testkit.Fault;
import io.github.ghlplezi.testkit.FaultRule;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Faults;
import io.github.ghlplezi.testkit.PleziContact;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.UnknownValueMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Proof 1 of the engine issue: 1,000 locations × 200 tags, 20 % of HighLevel and Plezi calls failing
 * (lost answers included), random tag creations, renames and deletions between 5 runs. After each run
 * every contact holds exactly the mapped current tags, the catalog events equal the changes made, and
 * the writes Plezi applied equal the confirmed writes plus the lost answers. A sixth run with nothing
 * changed sends no write (proof 3 at scale). Time is compressed: waits advance the sandbox clock.
 */
class EngineScaleProofTest {

  private static final int LOCATIONS = 1000;
  private static final int TAGS = 200;
  private static final int POOL = 400;

  /** Splits {@code total} evenly over {@code kinds} (conditional probabilities, first matching rule wins). */
  static void failShare(Faults faults, String pathRegex, double total, List<Fault> kinds) {
    double each = total / kinds.size();
    for (int i = 0; i < kinds.size(); i++) {
      faults.add(FaultRule.onPath(pathRegex).probability(each / (1 - each * i)).fault(kinds.get(i)));
    }
  }

  static String email(String locationId) {
    return "proof-" + locationId.toLowerCase(Locale.ROOT) + "@scale.example";
  }

  /** The tag changes made between two runs, as the catalog events must name them. */
  private static final class Changes {
    final Set<String> expected = new TreeSet<>();

    void add(EventType type, String tagId) {
      expected.add(type + " " + tagId);
    }
  }

  @Test
  void a_thousand_locations_of_200_tags_over_5_runs_with_20_percent_faults_lose_nothing_and_duplicate_only_lost_answers() {
    try (Sandbox sandbox = Sandbox.builder().unknownValueMode(UnknownValueMode.REJECT_422).start()) {
      FakeGhl fg = sandbox.ghl();
      FakePlezi fp = sandbox.plezi();
      List<String> pool = IntStream.range(0, POOL).mapToObj(i -> "Topic " + i + (i % 7 == 0 ? " Été" : "")).toList();
      pool.forEach(name -> fp.addFieldOption(fp.tagFieldKey(), OptionSlugs.of(name)));
      OptionRules rules = OptionRules.of(fp.tagFieldKey(), pool.stream().map(OptionSlugs::of).toList());
      Random random = new Random(7);
      List<LocationMapping> mappings = new ArrayList<>();
      Map<String, Map<String, String>> active = new HashMap<>();   // location -> tag id -> name
      Changes changes = new Changes();
      for (int i = 0; i < LOCATIONS; i++) {
        String location = fg.addLocation("Scale " + i).id();
        Map<String, String> tags = new LinkedHashMap<>();
        int offset = random.nextInt(POOL);
        for (int t = 0; t < TAGS; t++) {
          String name = pool.get((offset + t) % POOL);
          String id = fg.addTag(location, name);
          tags.put(id, name);
          changes.add(EventType.TAG_CREATED, id);
        }
        active.put(location, tags);
        mappings.add(new LocationMapping(location, email(location)));
      }
      failShare(fg.faults(), "/social-media-posting/.*", 0.20, List.of(
          Fault.tooManyRequests(Duration.ofSeconds(2)), Fault.status(500), Fault.status(502), Fault.status(503),
          Fault.connectionReset(), Fault.truncatedBody(), Fault.latency(Duration.ofMillis(5))));
      failShare(fp.faults(), ".*create_contact_after_webform.*", 0.20, List.of(
          Fault.tooManyRequests(Duration.ofSeconds(1)), Fault.status(500), Fault.status(503),
          Fault.connectionReset(), Fault.applyThenDrop(), Fault.truncatedBody(), Fault.latency(Duration.ofMillis(5))));
      InMemorySyncStore store = new InMemorySyncStore();
      SyncEngine engine = EngineFixture.engine(sandbox, store, EngineSettings.of(rules).withParallelism(8));
      Selection all = new Selection(mappings);

      long appliedBefore = 0;
      long lostBefore = 0;
      long confirmedTotal = 0;
      for (int run = 1; run <= 5; run++) {
        long started = System.nanoTime();
        SyncRun result = engine.run(Trigger.SCHEDULE, all);
        long applied = mappings.stream().mapToLong(m -> fp.writeCount(m.contactEmail())).sum();
        long lost = lostAnswers(fp);
        confirmedTotal += result.writes();

        assertTrue(result.allSucceeded(), () -> result.failed() + " locations failed");
        assertEquals(Map.of(), wrongContacts(fp, rules, active, mappings), "0 lost, 0 stale");
        assertEquals(changes.expected, catalogEvents(store, result.id()), "catalog events equal the changes made");
        assertEquals(confirmedTotal + lost, applied, "extra writes equal lost answers");
        System.out.printf(Locale.ROOT, "engine proof run %d: %d locations, %d writes confirmed, %d applied,"
                + " %d lost answers, %d catalog changes, faults GHL %d Plezi %d, %d ms real%n", run, LOCATIONS,
            result.writes(), applied - appliedBefore, lost - lostBefore, result.changes().size(),
            fg.faults().injectedCount(), fp.faults().injectedCount(), (System.nanoTime() - started) / 1_000_000);
        appliedBefore = applied;
        lostBefore = lost;

        changes.expected.clear();
        changeTags(fg, random, pool, active, mappings, changes);
      }

      fg.faults().clear();
      fp.faults().clear();
      engine.run(Trigger.SCHEDULE, all);   // delivers the changes made after run 5
      long before = mappings.stream().mapToLong(m -> fp.writeCount(m.contactEmail())).sum();
      SyncRun quiet = engine.run(Trigger.SCHEDULE, all);
      long after = mappings.stream().mapToLong(m -> fp.writeCount(m.contactEmail())).sum();
      assertEquals(0, quiet.writes());
      assertEquals(before, after, "a run with no changes sends 0 Plezi writes");
    }
  }

  /** In about 10 % of the locations: create, rename and delete one tag each. */
  private static void changeTags(FakeGhl fg, Random random, List<String> pool, Map<String, Map<String, String>> active,
      List<LocationMapping> mappings, Changes changes) {
    for (LocationMapping mapping : mappings) {
      if (random.nextInt(10) != 0) {
        continue;
      }
      String location = mapping.locationId();
      Map<String, String> tags = active.get(location);
      List<String> ids = new ArrayList<>(tags.keySet());
      String renamed = ids.get(random.nextInt(ids.size()));
      String newName = pool.get(random.nextInt(pool.size()));
      if (!newName.equals(tags.get(renamed))) {
        fg.renameTag(location, renamed, newName);
        tags.put(renamed, newName);
        changes.add(EventType.TAG_RENAMED, renamed);
      }
      String deleted = ids.get(random.nextInt(ids.size()));
      if (!deleted.equals(renamed)) {
        fg.deleteTag(location, deleted);
        tags.remove(deleted);
        changes.add(EventType.TAG_DELETED, deleted);
      }
      String name = pool.get(random.nextInt(pool.size()));
      String created = fg.addTag(location, name);
      tags.put(created, name);
      changes.add(EventType.TAG_CREATED, created);
    }
  }

  private static Set<String> catalogEvents(InMemorySyncStore store, String runId) {
    return store.events(EventQuery.all().limit(Integer.MAX_VALUE)
            .types(EventType.TAG_CREATED, EventType.TAG_RENAMED, EventType.TAG_DELETED, EventType.TAG_RESTORED))
        .stream().filter(e -> e.runId().equals(runId))
        .map(e -> e.type() + " " + e.detail().split(" ")[1])
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, String> wrongContacts(FakePlezi fp, OptionRules rules,
      Map<String, Map<String, String>> active, List<LocationMapping> mappings) {
    Map<String, String> wrong = new HashMap<>();
    for (LocationMapping mapping : mappings) {
      Set<String> expected = active.get(mapping.locationId()).values().stream().map(OptionSlugs::of)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> held = fp.contact(mapping.contactEmail()).map(PleziContact::fields)
          .map(f -> f.getOrDefault(fp.tagFieldKey(), List.of())).map(TreeSet::new).orElse(null);
      if (!expected.equals(held)) {
        wrong.put(mapping.locationId(), "expected " + expected.size() + " options, Plezi holds "
            + (held == null ? "no contact" : held.size() + " " + diff(expected, held)));
      }
    }
    return wrong;
  }

  private static String diff(Set<String> expected, Set<String> held) {
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(held);
    Set<String> stale = new TreeSet<>(held);
    stale.removeAll(expected);
    return "missing " + missing + " stale " + stale;
  }

  private static long lostAnswers(FakePlezi fp) {
    return fp.faults().injectedCount(Fault.Kind.APPLY_THEN_DROP) + fp.faults().injectedCount(Fault.Kind.TRUNCATED_BODY);
  }

}
