package io.github.ghlplezi.connector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorCliTest {

  private static final Map<String, String> ENV = Map.of(
      "GHL_PIT_ONE", "pit-one-secret-value",
      "PLEZI_API_KEY", "plezi-secret-api-key",
      "ALERT_WEBHOOK_SECRET", "alert-webhook-secret-0123456789",
      "SMTP_PASSWORD", "smtp-secret-password");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int execute(String... args) {
    return ConnectorCli.execute(args, ENV::get, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(ConnectorCliTest.class.getResource("/config/" + name).toURI()).toString();
  }

  @Test
  void run_with_ten_config_mistakes_prints_ten_paths_exits_2_starts_nothing_and_prints_no_secret() throws Exception {
    Path embeddedDatabase = Path.of("ghl-plezi-data");
    boolean existedBefore = Files.exists(embeddedDatabase);

    int status = execute("run", "--config", resource("ten-mistakes.yaml"));

    String stderr = err.toString(StandardCharsets.UTF_8);
    String stdout = out.toString(StandardCharsets.UTF_8);
    assertEquals(ConnectorCli.INVALID, status, stderr);
    List<String> problemLines = stderr.lines().filter(l -> l.startsWith("  ")).toList();
    assertEquals(10, problemLines.size(), stderr);
    for (String path : List.of("databse", "engine.parallelism", "highLevel.auth.privateTokens.loc-three",
        "highLevel.auth.privateTokens.loc-two", "locations[1].contactEmail", "locations[2].locationId",
        "plezi.tenantCompany", "schedules.tagSync.cron", "schedules.timeZone", "tags.options")) {
      assertTrue(problemLines.stream().anyMatch(l -> l.startsWith("  " + path + ": ")), path + " in\n" + stderr);
    }
    assertTrue(stderr.contains("nothing was started"), stderr);
    assertFalse(stdout.contains("running as"), stdout);
    assertEquals(existedBefore, Files.exists(embeddedDatabase), "the embedded database was opened");
    for (String secret : List.of("pit-one-secret-value", "plezi-secret-api-key", "pit-literal-secret-0123456789")) {
      assertFalse(stderr.contains(secret) || stdout.contains(secret), secret);
    }
  }

  @Test
  void check_accepts_a_valid_file() throws Exception {
    Path dir = Files.createTempDirectory("connector-check");
    String yaml = Files.readString(Path.of(resource("valid.yaml")))
        .replace("file:pit-two.txt", "${env:GHL_PIT_ONE}")
        + "database:\n  url: jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + "\n";
    Path file = Files.writeString(dir.resolve("connector.yaml"), yaml);

    assertEquals(0, execute("check", "--config", file.toString()), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void sandbox_command_syncs_the_seeded_locations_and_logs_no_secret_even_at_debug() throws Exception {
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
        org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
        new ch.qos.logback.core.read.ListAppender<>();
    logs.start();
    ch.qos.logback.classic.Level level = root.getLevel();
    root.setLevel(ch.qos.logback.classic.Level.DEBUG);
    root.addAppender(logs);
    int status;
    try {
      status = execute("sandbox");
    } finally {
      root.detachAppender(logs);
      root.setLevel(level);
    }

    String stdout = out.toString(StandardCharsets.UTF_8);
    String everything = stdout + err.toString(StandardCharsets.UTF_8) + logs.list.stream()
        .map(e -> e.getFormattedMessage() + e.getMDCPropertyMap()).reduce("", String::concat);
    Path configDir = Path.of(stdout.lines().filter(l -> l.startsWith("configuration written to "))
        .findFirst().orElseThrow().substring("configuration written to ".length()).replaceAll(":$", "")).getParent();
    List<Path> secretFiles;
    try (var files = Files.list(configDir)) {
      secretFiles = files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList();
    }
    assertEquals(4, secretFiles.size(), secretFiles.toString());
    assertTrue(logs.list.size() > 10, "expected DEBUG call logs, got " + logs.list.size());
    for (Path secretFile : secretFiles) {
      assertFalse(everything.contains(Files.readString(secretFile)), secretFile + " leaked");
    }
    assertEquals(0, status, stdout + err.toString(StandardCharsets.UTF_8));
    assertTrue(stdout.contains("dry run"), stdout);
    assertTrue(stdout.contains("summary: 3 locations, 0 failed"), stdout);
    assertTrue(stdout.contains("apiKey: file:plezi-api-key.txt"), stdout);
  }
}
