package io.github.ghlplezi.examples;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.deliver.PleziContactSink;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.fetch.GhlTagSource;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.sync.run.EngineSettings;
import io.github.ghlplezi.sync.run.LocationOutcome;
import io.github.ghlplezi.sync.run.Selection;
import io.github.ghlplezi.sync.run.SyncEngine;
import io.github.ghlplezi.sync.run.SyncRun;
import io.github.ghlplezi.sync.run.Trigger;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import io.github.ghlplezi.sync.tags.OptionRules;
import io.github.ghlplezi.sync.tags.OptionSlugs;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SeededLocation;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox demo: starts local fakes of HighLevel and Plezi and drives the sync engine over three
 * seeded locations: a test pull (dry run) that prints the plan, a first run, then tag changes made in
 * HighLevel (a rename, a deletion, a new tag Plezi has no option for) and a second run that prints the
 * catalog diff and the missing-option report.
 *
 * <p>Exit status 0 when every location was synced in both runs, 1 otherwise.
 */
public final class SandboxDemo {

  /** How many seeded locations the demo syncs. */
  static final int LOCATIONS = 3;
  /** The tag the demo creates without a Plezi option. */
  static final String NEW_TAG_WITHOUT_OPTION = "Winter Launch 2027";
  /** The name the demo renames a tag to (the admin adds its option first). */
  static final String RENAMED_TO = "Spring Sale 2027";

  private SandboxDemo() {
  }

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int status;
    try (Sandbox sandbox = Sandbox.start()) {
      status = run(sandbox, System.out);
    } catch (RuntimeException e) {
      System.err.println("sandbox demo failed: " + e);
      status = 1;
    }
    System.exit(status);
  }

  /**
   * Syncs the first {@value #LOCATIONS} seeded locations of a running sandbox, twice.
   *
   * @param sandbox the running fakes
   * @param out where the report goes
   * @return the process exit status: 0 when every location was synced
   */
  static int run(Sandbox sandbox, PrintStream out) {
    FakeGhl fakeGhl = sandbox.ghl();
    FakePlezi fakePlezi = sandbox.plezi();
    List<SeededLocation> locations = fakeGhl.locations();
    if (locations.size() < LOCATIONS) {
      out.println("the sandbox seeds only " + locations.size() + " locations; the demo needs " + LOCATIONS);
      return 1;
    }
    List<LocationMapping> mappings = new ArrayList<>();
    for (SeededLocation location : locations.subList(0, LOCATIONS)) {
      mappings.add(new LocationMapping(location.id(), contactEmailFor(location)));
    }
    // The sandbox hands out one Private Integration Token per location, as a sub-account owner would.
    TokenSource tokens = fakeGhl::privateIntegrationToken;
    GhlClient ghl = GhlClient.builder().baseUrl(fakeGhl.baseUrl()).tokenSource(tokens)
        .okHttpClient(ResilientHttp.ghl().build()).build();
    PleziClient plezi = PleziClient.builder().legacyBaseUrl(fakePlezi.legacyBaseUrl())
        .okHttpClient(ResilientHttp.plezi().build()).apiKey(fakePlezi.apiKey())
        .tenantCompany(fakePlezi.tenantCompany()).build();
    // The admin's copy of the multi-select field's options: Plezi's API cannot list them.
    fakePlezi.addFieldOption(fakePlezi.tagFieldKey(), OptionSlugs.of(RENAMED_TO));
    OptionRules options = OptionRules.of(fakePlezi.tagFieldKey(), fakePlezi.fieldOptions(fakePlezi.tagFieldKey()));
    InMemorySyncStore store = new InMemorySyncStore();
    SyncEngine engine = new SyncEngine(new GhlTagSource(ghl),
        new PleziContactSink(plezi, fakePlezi.formId(), fakePlezi.contentWebFormId()), store,
        EngineSettings.of(options).withTriggerFields("plz_ghl_tag_changed_at", "plz_ghl_trigger"),
        Clock.systemUTC());
    Selection selection = new Selection(mappings);

    out.println("GHL sandbox   " + fakeGhl.baseUrl());
    out.println("Plezi sandbox " + fakePlezi.legacyBaseUrl());
    out.println("== test pull (dry run): nothing is written ==");
    out.print(engine.dryRun(Trigger.MANUAL_TEST_PULL, selection).toText());

    out.println("== first run ==");
    SyncRun first = engine.run(Trigger.SCHEDULE, selection);
    printOutcomes(first, out);
    if (!first.allSucceeded()) {
      out.println("the sync did not complete: see the FAILED lines above");
      return 1;
    }

    String locationId = mappings.get(0).locationId();
    List<io.github.ghlplezi.ghl.model.Tag> tags = ghl.socialPlanner(locationId).tags().stream().toList();
    fakeGhl.renameTag(locationId, tags.get(0).id(), RENAMED_TO);
    if (tags.size() > 1) {
      fakeGhl.deleteTag(locationId, tags.get(1).id());
    }
    fakeGhl.addTag(locationId, NEW_TAG_WITHOUT_OPTION);
    out.println("== in HighLevel: one tag renamed, one deleted, '" + NEW_TAG_WITHOUT_OPTION + "' created ==");

    out.println("== second run: catalog diff and missing options ==");
    SyncRun second = engine.run(Trigger.SCHEDULE, selection);
    out.print(second.toText());
    out.println("missing-option report:");
    store.events(EventQuery.all().types(EventType.OPTION_MISSING, EventType.OPTION_REJECTED))
        .forEach(event -> out.println("  " + event.locationId() + ": " + event.detail()));
    if (!second.allSucceeded()) {
      out.println("the sync did not complete: see the FAILED lines above");
      return 1;
    }
    return 0;
  }

  private static void printOutcomes(SyncRun run, PrintStream out) {
    for (LocationOutcome outcome : run.outcomes()) {
      out.println(outcome.<String>match(
          synced -> String.format("location %s  tags created: %d  contact %s  options %s",
              synced.mapping().locationId(), synced.changes().size(), synced.mapping().contactEmail(),
              synced.written().isEmpty() ? "unchanged" : synced.written().get(0).values()),
          planned -> "location " + planned.mapping().locationId() + "  planned",
          failed -> String.format("location %s  FAILED at %s: %s",
              failed.mapping().locationId(), failed.failure().stage(), failed.failure().message())));
    }
    out.printf("summary: %d of %d locations synced, %d failed, in %d ms%n",
        run.outcomes().size() - run.failed(), run.outcomes().size(), run.failed(), run.duration().toMillis());
  }

  /** The e-mail the demo maps a seeded location to, as a user's configuration would. */
  static String contactEmailFor(SeededLocation location) {
    return "marketing@" + OptionSlugs.of(location.name()) + ".example";
  }
}
