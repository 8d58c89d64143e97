package io.github.ghlplezi.connector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.connector.Connector;
import io.github.ghlplezi.connector.config.ConfigLoader;
import io.github.ghlplezi.connector.config.ConnectorConfig;
import io.github.ghlplezi.connector.schedule.Jobs;
import io.github.ghlplezi.notify.digest.DigestWeek;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.alert.Alert;
import io.github.ghlplezi.sync.alert.AlertKind;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.run.Selection;
import io.github.ghlplezi.sync.run.Trigger;
import io.github.ghlplezi.sync.stats.SegmentRules;
import io.github.ghlplezi.testkit.PleziContact;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SeededLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code status} and {@code test-pull}'s progress, against the sandbox. */
class ConnectorCommandsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int execute(String... args) {
    out.reset();
    err.reset();
    return ConnectorCli.execute(args, name -> null, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void status_shows_last_runs_failures_dead_letters_and_next_schedules() throws Exception {
    try (Sandbox sandbox = Sandbox.start()) {
      Path config = SandboxCommand.writeConfig(sandbox, Files.createTempDirectory("connector-status"), 3);
      Files.writeString(config, Files.readString(config) + "schedules:\n  tagSync:\n    every: PT1H\n");
      String broken = sandbox.ghl().locations().get(1).id();
      sandbox.ghl().revokePrivateIntegrationToken(sandbox.ghl().privateIntegrationToken(broken));

      assertEquals(0, execute("status", "--config", config.toString()), stdout() + err);
      assertTrue(stdout().contains("last job runs:\n  (none)"), stdout());

      assertEquals(ConnectorCli.FAILED, execute("sync", "--config", config.toString()), stdout() + err);
      try (Connector connector = new Connector(new ConfigLoader(name -> null).load(config), Clock.systemUTC())) {
        connector.startScheduler(Duration.ofSeconds(1), "status-replica", run -> { });
        Instant giveUp = Instant.now().plusSeconds(60);
        while (Jobs.lastRuns(connector.dataSource(), 1).isEmpty() && Instant.now().isBefore(giveUp)) {
          Thread.sleep(100);
        }
      }

      assertEquals(0, execute("status", "--config", config.toString()), stdout() + err);
      String status = stdout();
      assertTrue(OAuthConnectorTest.section(status, "last job runs:").contains(Jobs.TAG_SYNC + " on status-replica ok"),
          status);
      assertEquals(2, OAuthConnectorTest.section(status, "last sync runs (7 days):").lines().count(), status);
      String failures = OAuthConnectorTest.section(status, "recent failures:");
      assertTrue(failures.contains(broken) && failures.contains("401"), status);
      assertTrue(OAuthConnectorTest.section(status, "open dead letters:").contains(broken), status);
      String next = OAuthConnectorTest.section(status, "next schedules:");
      for (String job : List.of(Jobs.TAG_SYNC, Jobs.STATISTICS, Jobs.RETENTION, Jobs.DIGEST)) {
        assertTrue(next.contains("  " + job + " at "), status);
      }
      assertEquals(4, next.lines().count(), status);
    }
  }

  @Test
  void digest_preview_writes_the_files_and_the_digest_command_sends_each_week_once() throws Exception {
    try (Sandbox sandbox = Sandbox.start()) {
      Path dir = Files.createTempDirectory("connector-digest");
      Path config = SandboxCommand.writeConfig(sandbox, dir, 2);
      // Monday 00:00: the past week's digest is due at any moment of the current week.
      Files.writeString(config, Files.readString(config).replace("digest:\n", "digest:\n  day: MONDAY\n  hour: 0\n"));
      assertEquals(0, execute("sync", "--config", config.toString()), stdout() + err);

      Path out = dir.resolve("preview");
      assertEquals(0, execute("digest", "--preview", "--week", "2026-W47", "--out", out.toString(),
          "--config", config.toString()), stdout() + err);
      Path folder = out.resolve("account-manager").resolve("2026-W47");
      assertTrue(stdout().contains("wrote " + folder.resolve("digest.html")), stdout());
      String text = Files.readString(folder.resolve("digest.txt"));
      String html = Files.readString(folder.resolve("digest.html"));
      for (SeededLocation location : sandbox.ghl().locations().subList(0, 2)) {
        assertTrue(text.contains(location.name()), text);
        assertTrue(html.contains(location.id()), html);
      }
      for (String chart : List.of("chart-1.png", "chart-2.png")) {
        byte[] png = Files.readAllBytes(folder.resolve(chart));
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1), chart);
      }
      assertFalse(Files.exists(folder.resolve("chart-3.png")));

      DigestWeek due = DigestWeek.of(LocalDate.now(ZoneOffset.UTC)).previous();
      assertEquals(0, execute("digest", "--config", config.toString()), stdout() + err);
      assertTrue(stdout().contains("account-manager " + due + " file: SENT"), stdout());
      assertTrue(Files.exists(dir.resolve("digests").resolve("account-manager").resolve(due.toString())
          .resolve("digest.html")), stdout());
      assertEquals(0, execute("digest", "--config", config.toString()), stdout() + err);
      assertTrue(stdout().contains("account-manager " + due + " file: ALREADY_CLAIMED"), stdout());

      assertEquals(2, execute("digest", "--preview", "--week", "week 47", "--config", config.toString()),
          stdout() + err);
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("not an ISO week such as 2026-W47: week 47"),
          err.toString(StandardCharsets.UTF_8));
      assertEquals(2, execute("digest", "--preview", "--recipient", "nobody", "--out", out.toString(),
          "--config", config.toString()), stdout() + err);
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("no digest recipient `nobody`; configured: account-manager"),
          err.toString(StandardCharsets.UTF_8));
      assertFalse(Files.exists(out.resolve("nobody")));
    }
  }

  @Test
  void a_dead_letter_raises_one_operational_alert_however_often_the_connector_checks() throws Exception {
    try (Sandbox sandbox = Sandbox.start()) {
      Path config = SandboxCommand.writeConfig(sandbox,
          Files.createTempDirectory("connector-alerts"), 2);
      String broken = sandbox.ghl().locations().get(1).id();
      sandbox.ghl().revokePrivateIntegrationToken(sandbox.ghl().privateIntegrationToken(broken));
      try (Connector connector = new Connector(new ConfigLoader(name -> null).load(config), Clock.systemUTC())) {
        Selection all = connector.selection(List.of());
        connector.operations().sync(Trigger.SCHEDULE, all);

        List<Alert> first = connector.notifications().checkOperations(all);
        List<Alert> again = connector.notifications().checkOperations(all);

        assertEquals(List.of(AlertKind.DEAD_LETTER), first.stream().map(Alert::kind).toList(), first.toString());
        assertEquals(broken, first.get(0).locationId());
        assertEquals(List.of(), again);
        List<SyncEvent> raised = connector.operations().latest(EventType.ALERT_RAISED, 10);
        assertEquals(1, raised.size(), raised.toString());
        assertEquals(broken, raised.get(0).locationId());
      }
    }
  }

  @Test
  void the_statistics_job_writes_aggregates_and_segments_computed_from_the_series_and_resends_nothing_unchanged()
      throws Exception {
    try (Sandbox sandbox = Sandbox.start()) {
      Path config = SandboxCommand.writeConfig(sandbox, Files.createTempDirectory("connector-segments"), 3);
      ConnectorConfig loaded = new ConfigLoader(name -> null).load(config);
      try (Connector connector = new Connector(loaded, Clock.systemUTC())) {
        Selection all = connector.selection(List.of());

        String first = connector.operations().snapshotStatistics(all);
        String again = connector.operations().snapshotStatistics(all);

        assertTrue(first.contains("locations=3 failed=0") && first.contains("writes=3"), first);
        assertTrue(again.contains("locations=3 failed=0") && again.contains("writes=0"), again);
        SegmentRules segments = loaded.segmentRules();
        Set<String> tiers = new java.util.HashSet<>();
        for (LocationMapping mapping : all.mappings()) {
          Map<String, Double> aggregates = connector.operations().aggregates(mapping.locationId());
          PleziContact contact = sandbox.plezi().contact(mapping.contactEmail()).orElseThrow();
          double engagement = aggregates.get("engagement_7d");
          assertEquals(0, new BigDecimal(contact.field("plz_ghl_engagement_score").get(0))
              .compareTo(BigDecimal.valueOf(engagement)), mapping + " " + aggregates);
          List<String> tier = segments.evaluate(aggregates, Set.of()).get("plz_ghl_engagement_tier");
          assertEquals(engagement >= 500 ? List.of("high") : engagement >= 100 ? List.of("medium") : List.of("low"),
              tier, aggregates.toString());
          assertEquals(tier, contact.field("plz_ghl_engagement_tier"), mapping.toString());
          assertEquals(List.of(LocalDate.ofEpochDay(aggregates.get("updated").longValue()).toString()),
              contact.field("plz_ghl_stats_updated_at"), aggregates.toString());
          tiers.addAll(tier);
        }
        assertTrue(tiers.size() > 1, "the seeded locations fall in one tier only: " + tiers);
      }
    }
  }

  @Test
  void test_pull_prints_plain_progress_lines_when_not_on_a_terminal() throws Exception {
    try (Sandbox sandbox = Sandbox.start()) {
      Path config = SandboxCommand.writeConfig(sandbox, Files.createTempDirectory("connector-progress"), 3);

      assertEquals(0, execute("test-pull", "--config", config.toString()), stdout() + err);

      String text = stdout();
      assertFalse(text.contains("\r"), text);
      assertEquals(List.of("fetched 1/3 locations", "fetched 2/3 locations", "fetched 3/3 locations"),
          text.lines().filter(l -> l.startsWith("fetched ")).toList(), text);
      assertTrue(text.indexOf("fetched 3/3") < text.indexOf("dry run"), text);
    }
  }

  @Test
  void on_a_terminal_the_progress_is_one_line_redrawn_in_place() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    for (int done = 1; done <= 4; done++) {
      line.fetched(done, 4);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, text.chars().filter(c -> c == '\n').count(), text);
    assertEquals(4, text.chars().filter(c -> c == '\r').count(), text);
    assertTrue(text.endsWith("\r[" + "#".repeat(30) + "] 4/4 locations" + System.lineSeparator()), text);
    assertTrue(text.startsWith("\r[" + "#".repeat(7) + "-".repeat(23) + "] 1/4 locations"), text);
  }

  @Test
  void a_long_pull_prints_a_line_per_tenth_off_a_terminal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    for (int done = 1; done <= 300; done++) {
      line.fetched(done, 300);
    }
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(11, lines.size(), lines.toString());
    assertEquals("fetched 300/300 locations", lines.get(lines.size() - 1));
  }
}
