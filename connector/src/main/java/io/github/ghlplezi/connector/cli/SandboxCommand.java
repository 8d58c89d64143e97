package io.github.ghlplezi.connector.cli;

import io.github.ghlplezi.connector.Connector;
import io.github.ghlplezi.connector.config.ConfigLoader;
import io.github.ghlplezi.connector.config.ConnectorConfig;
import io.github.ghlplezi.notify.digest.DigestWeek;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.run.Selection;
import io.github.ghlplezi.sync.run.SyncRun;
import io.github.ghlplezi.sync.run.Trigger;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SeededLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Tries the connector on a laptop: starts the testkit's fakes of HighLevel and Plezi in this
 * process, writes a configuration for them (secrets in files beside it, the embedded H2 database in
 * the same temporary directory), prints that file, then runs a test pull and a real sync through the
 * same code path as {@code sync}, reads the statistics into the history (evaluating the threshold
 * alerts), and renders the weekly digest of the current week into the same directory.
 */
@Command(name = "sandbox", description = "Start local fakes of HighLevel and Plezi and sync against them.")
final class SandboxCommand implements Callable<Integer> {

  @CommandLine.ParentCommand
  ConnectorCli cli;

  @Option(names = "--locations", defaultValue = "3", description = "how many seeded locations to sync")
  int locations;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("ghl-plezi-sandbox");
    try (Sandbox sandbox = Sandbox.start()) {
      Path file = writeConfig(sandbox, dir, locations);
      cli.out.println("configuration written to " + file + ":");
      cli.out.println(Files.readString(file));
      ConnectorConfig config = new ConfigLoader(cli.environment).load(file);
      try (Connector connector = new Connector(config, Clock.systemUTC())) {
        cli.out.print(connector.operations().testPull(connector.selection(List.of()),
            new ProgressLine(cli.out, cli.terminal)).toText());
        Selection selection = connector.selection(List.of());
        SyncRun run = connector.operations().sync(Trigger.SCHEDULE, selection);
        cli.out.print(run.toText());
        cli.out.println("statistics: " + connector.operations().snapshotStatistics(selection) + ", threshold alerts: "
            + connector.notifications().evaluateThresholds(selection).size());
        for (LocationMapping mapping : selection.mappings()) {
          sandbox.plezi().contact(mapping.contactEmail()).ifPresent(contact -> cli.out.println("  " + mapping.locationId()
              + ": engagement_7d=" + contact.field("plz_ghl_engagement_score") + " tier="
              + contact.field("plz_ghl_engagement_tier") + " updated=" + contact.field("plz_ghl_stats_updated_at")));
        }
        // The sandbox's history holds the last 7 days only: show the week they end in.
        DigestWeek week = DigestWeek.of(LocalDate.now(ZoneOffset.UTC).minusDays(1));
        ConnectorCli.printPreview(cli.out, connector.notifications().preview(selection, null, week,
            dir.resolve("digest-preview")));
        return run.allSucceeded() ? 0 : ConnectorCli.FAILED;
      }
    }
  }

  static Path writeConfig(Sandbox sandbox, Path dir, int count) throws java.io.IOException {
    FakeGhl ghl = sandbox.ghl();
    List<SeededLocation> seeded = ghl.locations().subList(0, Math.min(count, ghl.locations().size()));
    StringBuilder yaml = new StringBuilder();
    yaml.append("highLevel:\n  baseUrl: ").append(ghl.baseUrl()).append("\n  auth:\n    mode: PRIVATE_TOKENS\n")
        .append("    privateTokens:\n");
    for (SeededLocation location : seeded) {
      Path secret = dir.resolve("pit-" + location.id() + ".txt");
      Files.writeString(secret, ghl.privateIntegrationToken(location.id()), StandardCharsets.UTF_8);
      yaml.append("      ").append(location.id()).append(": file:").append(secret.getFileName()).append('\n');
    }
    yaml.append(pleziYaml(sandbox, dir)).append("locations:\n");
    for (SeededLocation location : seeded) {
      yaml.append("  - locationId: ").append(location.id()).append('\n')
          .append("    contactEmail: social+").append(location.id().toLowerCase(java.util.Locale.ROOT))
          .append("@client.example\n")
          .append("    name: \"").append(location.name().replace("\"", "'")).append("\"\n");
    }
    yaml.append("database:\n  url: jdbc:h2:file:").append(dir.resolve("db").toAbsolutePath()).append('\n')
        .append("webhooks:\n  port: 0\n")
        .append("""
            statistics:
              aggregates:
                - {name: engagement_7d, kind: SUM_7_DAYS, metrics: [likes], field: plz_ghl_engagement_score}
                - {name: updated, kind: LAST_UPDATE, field: plz_ghl_stats_updated_at}
            segments:
              - field: plz_ghl_engagement_tier
                options: [low, medium, high]
                rules:
                  - {value: high, when: [{aggregate: engagement_7d, atLeast: 500}]}
                  - {value: medium, when: [{aggregate: engagement_7d, atLeast: 100}, {aggregate: engagement_7d, below: 500}]}
                  - {value: low, when: [{aggregate: engagement_7d, below: 100}]}
            """)
        .append("thresholds:\n  engagementDropPercent: 20\n")
        .append("digest:\n  recipients:\n    - id: account-manager\n      email: account-manager@agency.example\n")
        .append("  directory: ").append(dir.resolve("digests").toAbsolutePath()).append('\n');
    Path file = dir.resolve("connector.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The {@code plezi}, {@code tags} and {@code triggers} sections for the sandbox's fake Plezi (its API
   * key in a file beside the configuration).
   */
  static String pleziYaml(Sandbox sandbox, Path dir) throws java.io.IOException {
    FakePlezi plezi = sandbox.plezi();
    Files.writeString(dir.resolve("plezi-api-key.txt"), plezi.apiKey(), StandardCharsets.UTF_8);
    StringBuilder yaml = new StringBuilder();
    yaml.append("plezi:\n  baseUrl: ").append(plezi.legacyBaseUrl()).append('\n')
        .append("  apiKey: file:plezi-api-key.txt\n")
        .append("  tenantCompany: ").append(plezi.tenantCompany()).append('\n')
        .append("  formId: ").append(plezi.formId()).append('\n')
        .append("  contentWebFormId: ").append(plezi.contentWebFormId()).append('\n');
    yaml.append("tags:\n  field: ").append(plezi.tagFieldKey()).append("\n  options:\n");
    for (String option : plezi.fieldOptions(plezi.tagFieldKey())) {
      yaml.append("    - \"").append(option).append("\"\n");
    }
    yaml.append("triggers:\n  dateField: plz_ghl_tag_changed_at\n  valueField: plz_ghl_trigger\n");
    return yaml.toString();
  }
}
