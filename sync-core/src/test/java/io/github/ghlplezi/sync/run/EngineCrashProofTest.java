package io.github.ghlplezi.sync.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.store.JdbcSyncStore;
import io.github.ghlplezi.sync.tags.OptionSlugs;
import io.github.ghlplezi.testkit.Fault;
import io.github.ghlplezi.testkit.FaultRule;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof 2 of the engine issue: a run in a child JVM is killed with SIGKILL mid-way; the next run,
 * on the same PostgreSQL store, completes with 0 lost writes and no catalog event twice.
 */
class EngineCrashProofTest {

  private static final int LOCATIONS = 60;
  private static final int TAGS = 20;

  @Test
  void a_run_killed_mid_way_is_completed_by_the_next_run_without_lost_writes_or_duplicated_events(@TempDir Path dir)
      throws Exception {
    try (Sandbox sandbox = Sandbox.builder().tickingClock(true).start();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      FakeGhl fg = sandbox.ghl();
      FakePlezi fp = sandbox.plezi();
      List<String> names = new ArrayList<>();
      for (int t = 0; t < TAGS; t++) {
        names.add("Crash Topic " + t);
        fp.addFieldOption(fp.tagFieldKey(), OptionSlugs.of("Crash Topic " + t));
      }
      Properties p = new Properties();
      List<String> locations = new ArrayList<>();
      for (int i = 0; i < LOCATIONS; i++) {
        String location = fg.addLocation("Crash " + i).id();
        names.forEach(name -> fg.addTag(location, name));
        locations.add(location);
        p.setProperty("pit." + location, fg.privateIntegrationToken(location));
      }
      p.setProperty("locations", String.join(",", locations));
      p.setProperty("ghl", fg.baseUrl());
      p.setProperty("plezi", fp.legacyBaseUrl());
      p.setProperty("apiKey", fp.apiKey());
      p.setProperty("tenant", fp.tenantCompany());
      p.setProperty("form", fp.formId());
      p.setProperty("cwf", fp.contentWebFormId());
      p.setProperty("field", fp.tagFieldKey());
      p.setProperty("options", names.stream().map(OptionSlugs::of).collect(Collectors.joining(",")));
      p.setProperty("jdbc", postgres.getJdbcUrl("postgres", "postgres"));
      Path file = dir.resolve("crash.properties");
      try (Writer out = Files.newBufferedWriter(file)) {
        p.store(out, null);
      }
      // Slow Plezi down so that the kill lands while writes are in flight.
      fp.faults().add(FaultRule.onPath(".*create_contact_after_webform.*").fault(Fault.latency(Duration.ofMillis(150))));

      Process child = startChild(file);
      BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String first = lines.readLine();
      assertEquals("RUNNING", first);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (fp.counter("writes") < LOCATIONS / 3 && System.nanoTime() < deadline && child.isAlive()) {
        Thread.sleep(20);
      }
      assertTrue(child.isAlive(), "the child must still be running when it is killed");
      child.destroyForcibly();   // SIGKILL: no shutdown hook, no rollback but the database's own
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      long writesAtKill = fp.counter("writes");
      assertTrue(writesAtKill < LOCATIONS, "killed mid-way: " + writesAtKill + " writes");

      fp.faults().clear();
      SyncEngine restarted = EngineCrashChild.engine(p);
      SyncRun next = restarted.run(Trigger.SCHEDULE, EngineCrashChild.selection(p));

      assertTrue(next.allSucceeded(), next::toText);
      Set<String> expected = names.stream().map(OptionSlugs::of).collect(Collectors.toCollection(TreeSet::new));
      for (LocationMapping mapping : EngineCrashChild.selection(p).mappings()) {
        List<String> held = fp.contact(mapping.contactEmail()).map(c -> c.fields().get(fp.tagFieldKey())).orElse(null);
        assertEquals(expected, held == null ? null : new TreeSet<>(held), "0 lost writes: " + mapping.locationId());
      }
      List<SyncEvent> created = new JdbcSyncStore(postgres.getPostgresDatabase())
          .events(EventQuery.all().types(EventType.TAG_CREATED));
      Map<String, Long> perTag = created.stream().collect(Collectors.groupingBy(e -> e.locationId() + " " + e.detail(),
          Collectors.counting()));
      assertEquals(LOCATIONS * TAGS, perTag.size(), "every tag created once");
      assertTrue(perTag.values().stream().allMatch(n -> n == 1), "no catalog event twice");
      long total = locations.stream().mapToLong(l -> fp.writeCount(EngineScaleProofTest.email(l))).sum();
      System.out.printf("engine crash proof: %d writes before the kill, %d after restart, %d locations, %d resent%n",
          writesAtKill, total - writesAtKill, LOCATIONS,
          next.outcomes().stream().filter(o -> o instanceof LocationOutcome.Synced s && s.resent()).count());
      assertEquals(0, restarted.run(Trigger.SCHEDULE, EngineCrashChild.selection(p)).writes());
    }
  }

  private static Process startChild(Path file) throws java.io.IOException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true",
        "-cp", System.getProperty("java.class.path"), EngineCrashChild.class.getName(), file.toString());
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
