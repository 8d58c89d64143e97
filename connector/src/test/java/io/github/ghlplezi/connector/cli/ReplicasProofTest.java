package io.github.ghlplezi.connector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.store.JdbcSyncStore;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SeededLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Proofs 1 and 2: three connector JVMs (child processes running {@code run}) on one embedded
 * PostgreSQL, 300 locations, a 3-second period, 1-second heartbeats. Every location is synced exactly
 * once per period and Plezi gets each contact's write once; then the replica running a period is
 * killed with SIGKILL and another replica runs the next period within the heartbeat timeout.
 */
class ReplicasProofTest {

  private static final int LOCATIONS = 300;
  private static final int PERIODS = 5;
  private static final Duration HEARTBEAT = Duration.ofSeconds(1);
  /** db-scheduler declares an execution dead after 4 missed heartbeats; allow polling and a period. */
  private static final Duration TAKE_OVER_LIMIT = HEARTBEAT.multipliedBy(4).plusSeconds(3 + 5);

  @Test
  void three_replicas_sync_each_location_once_per_period_and_survive_a_kill_9() throws Exception {
    Path dir = Files.createTempDirectory("replicas-proof");
    StringBuilder seed = new StringBuilder("{\"locations\": [");
    for (int i = 0; i < LOCATIONS; i++) {
      seed.append(i == 0 ? "" : ",").append("{\"name\": \"Client ").append(i)
          .append("\", \"tags\": [\"Spring Sale\", \"Webinar ").append(i % 7).append("\"]}");
    }
    Path seedFile = Files.writeString(dir.resolve("seed.json"), seed.append("]}"));
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        Sandbox sandbox = Sandbox.builder().seedFile(seedFile).start()) {
      DataSource db = postgres.getPostgresDatabase();
      Path config = SandboxCommand.writeConfig(sandbox, dir, LOCATIONS);
      // Tag sync only: the sandbox's aggregates and segments would add the daily statistics job's own
      // Plezi writes to the count, should a run cross its hour.
      String sandboxYaml = Files.readString(config);
      String yaml = (sandboxYaml.substring(0, sandboxYaml.indexOf("statistics:\n"))
          + sandboxYaml.substring(sandboxYaml.indexOf("thresholds:\n")))
          .replaceAll("database:\\n  url: .*\\n",
              "database:\n  url: " + postgres.getJdbcUrl("postgres", "postgres") + "\n  user: postgres\n")
          + "schedules:\n  tagSync:\n    every: PT3S\nengine:\n  parallelism: 16\n";
      Files.writeString(config, yaml);

      List<Process> replicas = new ArrayList<>();
      Map<String, Process> byName = new HashMap<>();
      try {
        for (int i = 1; i <= 3; i++) {
          Process p = start(config, "replica-" + i, dir);
          replicas.add(p);
          byName.put("replica-" + i, p);
        }
        JdbcSyncStore store = new JdbcSyncStore(db).createSchemaIfMissing();
        awaitFinishedRuns(store, PERIODS, Duration.ofMinutes(3));

        // Proof 1: runs never overlap, each covers every location once, Plezi got one write per contact.
        List<SyncEvent> started = store.events(EventQuery.all().types(EventType.RUN_STARTED).limit(10_000));
        List<SyncEvent> finished = store.events(EventQuery.all().types(EventType.RUN_FINISHED).limit(10_000));
        assertTrue(finished.size() >= PERIODS);
        assertEquals(started.size(), finished.size(), "a run that started did not finish");
        for (int i = 1; i < started.size(); i++) {
          assertTrue(!started.get(i).at().isBefore(finished.get(i - 1).at()), "two runs overlapped");
        }
        Map<String, Long> syncsPerLocation = store.events(EventQuery.all().types(EventType.LOCATION_SYNCED)
            .limit(1_000_000)).stream().collect(Collectors.groupingBy(SyncEvent::locationId, Collectors.counting()));
        assertEquals(LOCATIONS, syncsPerLocation.size());
        for (Map.Entry<String, Long> e : syncsPerLocation.entrySet()) {
          assertEquals((long) finished.size(), e.getValue(), "syncs of " + e.getKey());
        }
        assertNoDuplicateWrites(sandbox);

        // Proof 2: kill -9 the replica that holds the tag sync while it runs.
        String victim = awaitPickedBy(db, Duration.ofSeconds(30));
        Instant killedAt = Instant.now();
        byName.get(victim).destroyForcibly().waitFor();
        int runsBefore = store.events(EventQuery.all().types(EventType.RUN_FINISHED).limit(10_000)).size();
        awaitFinishedRuns(store, runsBefore + 1, TAKE_OVER_LIMIT.plusSeconds(30));
        SyncEvent next = store.events(EventQuery.all().types(EventType.RUN_STARTED).limit(10_000)).stream()
            .filter(e -> e.at().isAfter(killedAt)).findFirst().orElseThrow();
        assertTrue(Duration.between(killedAt, next.at()).compareTo(TAKE_OVER_LIMIT) <= 0,
            "taken over after " + Duration.between(killedAt, next.at()));
        assertNotEquals(victim, awaitPickedBy(db, Duration.ofSeconds(30)));
        assertNoDuplicateWrites(sandbox);
      } finally {
        for (Process p : replicas) {
          p.destroyForcibly().waitFor();
        }
      }
    }
  }

  /** Nothing changes in HighLevel during the test, so each contact is written at most once, by the first run. */
  private static void assertNoDuplicateWrites(Sandbox sandbox) {
    long total = 0;
    for (SeededLocation location : sandbox.ghl().locations()) {
      long writes = sandbox.plezi().writeCount("social+" + location.id().toLowerCase(java.util.Locale.ROOT)
          + "@client.example");
      assertTrue(writes <= 1, location.id() + " written " + writes + " times");
      total += writes;
    }
    assertEquals(LOCATIONS, total, "the first run writes each contact once, later runs nothing");
  }

  private static Process start(Path config, String name, Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx192m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), ConnectorCli.class.getName(),
        "run", "--config", config.toString(), "--heartbeat", "PT1S", "--replica", name);
    builder.redirectErrorStream(true);
    builder.redirectOutput(new File(dir.toFile(), name + ".log"));
    return builder.start();
  }

  private static void awaitFinishedRuns(JdbcSyncStore store, int count, Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (store.events(EventQuery.all().types(EventType.RUN_FINISHED).limit(10_000)).size() < count) {
      assertTrue(Instant.now().isBefore(deadline), "fewer than " + count + " runs finished within " + limit);
      Thread.sleep(200);
    }
  }

  private static String awaitPickedBy(DataSource db, Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      try (Connection c = db.getConnection();
          PreparedStatement s = c.prepareStatement(
              "SELECT picked_by FROM scheduled_tasks WHERE task_name = 'ghlplezi-tag-sync' AND picked");
          ResultSet r = s.executeQuery()) {
        if (r.next() && r.getString(1) != null) {
          return r.getString(1);
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no replica picked the tag sync within " + limit);
  }
}
