package io.github.ghlplezi.examples;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.LocationSyncResult;
import io.github.ghlplezi.sync.OptionSlugs;
import io.github.ghlplezi.sync.SyncReport;
import io.github.ghlplezi.sync.TagSync;
import io.github.ghlplezi.sync.TagSyncSettings;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SeededLocation;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox demo: starts local fakes of HighLevel and Plezi, syncs the Social Planner tags of three
 * seeded locations into their Plezi contacts, and prints what happened.
 *
 * <p>Exit status 0 when every location was synced, 1 otherwise.
 */
public final class SandboxDemo {

  /** How many seeded locations the demo syncs. */
  static final int LOCATIONS = 3;

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
   * Syncs the first {@value #LOCATIONS} seeded locations of a running sandbox.
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
    TokenSource tokens = locationId -> fakeGhl.privateIntegrationToken(locationId);
    // Retries with backoff, per-location rate budgets and a circuit breaker, as in production.
    GhlClient ghl = GhlClient.builder()
        .baseUrl(fakeGhl.baseUrl())
        .tokenSource(tokens)
        .okHttpClient(ResilientHttp.ghl().build())
        .build();
    PleziClient plezi = PleziClient.builder()
        .legacyBaseUrl(fakePlezi.legacyBaseUrl())
        .okHttpClient(ResilientHttp.plezi().build())
        .apiKey(fakePlezi.apiKey())
        .tenantCompany(fakePlezi.tenantCompany())
        .build();
    TagSyncSettings settings = new TagSyncSettings(
        fakePlezi.tagFieldKey(), fakePlezi.formId(), fakePlezi.contentWebFormId());

    SyncReport report = new TagSync(ghl, plezi, settings, Clock.systemUTC()).run(mappings);

    out.println("GHL sandbox   " + fakeGhl.baseUrl());
    out.println("Plezi sandbox " + fakePlezi.legacyBaseUrl());
    for (LocationSyncResult result : report.results()) {
      out.println(describe(result));
    }
    out.printf("summary: %d of %d locations synced, %d failed, in %d ms%n",
        report.succeeded(), report.results().size(), report.failed(), report.duration().toMillis());
    if (!report.allSucceeded()) {
      out.println("the sync did not complete: see the FAILED lines above");
      return 1;
    }
    return 0;
  }

  /** The e-mail the demo maps a seeded location to, as a user's configuration would. */
  static String contactEmailFor(SeededLocation location) {
    return "marketing@" + OptionSlugs.of(location.name()) + ".example";
  }

  private static String describe(LocationSyncResult result) {
    return result.match(
        synced -> String.format("location %s  tags read: %d  contact %s %s  options %s",
            synced.mapping().locationId(), synced.tagsRead(), synced.mapping().contactEmail(),
            synced.contactCreated() ? "created" : "updated", synced.optionsWritten()),
        failed -> String.format("location %s  FAILED at %s: %s",
            failed.mapping().locationId(), failed.failure().stage(), failed.failure().message()));
  }
}
