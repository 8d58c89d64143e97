package io.github.ghlplezi.testkit;

import io.github.ghlplezi.testkit.internal.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of {@code testkit-<version>-standalone.jar}: starts both fakes with a ticking clock
 * and prints one line of JSON (base URLs and sandbox credentials) on stdout, then runs until killed.
 *
 * <pre>
 * java -jar testkit-0.1.0-SNAPSHOT-standalone.jar [--ghl-port N] [--plezi-port N] [--brain-port N]
 *      [--seed N] [--seed-file seed.json] [--locations N] [--frozen-clock]
 * </pre>
 */
public final class StandaloneSandbox {
  private StandaloneSandbox() {}

  /**
   * Starts the sandbox and blocks until the process is killed.
   *
   * @param args the options above
   * @throws InterruptedException if the main thread is interrupted while waiting
   */
  public static void main(String[] args) throws InterruptedException {
    // The jar carries no SLF4J provider on purpose; keep stderr free of the NOP-fallback notice.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    Sandbox sandbox;
    try {
      sandbox = start(args);
    } catch (IllegalArgumentException e) {
      System.err.println("testkit: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      System.err.println("testkit: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "testkit-shutdown"));
    printSummary(sandbox, System.out);
    stopped.await();
  }

  static String usage() {
    return "usage: java -jar testkit-standalone.jar [--ghl-port N] [--plezi-port N] [--brain-port N]"
        + " [--seed N] [--seed-file FILE] [--locations N] [--frozen-clock]";
  }

  /** Parses the options and starts a sandbox. */
  static Sandbox start(String[] args) {
    Sandbox.Builder b = Sandbox.builder().tickingClock(true);
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--ghl-port":
          b.ghlPort(intArg(args, ++i, a));
          break;
        case "--plezi-port":
          b.pleziPort(intArg(args, ++i, a));
          break;
        case "--brain-port":
          b.brainPort(intArg(args, ++i, a));
          break;
        case "--seed":
          b.seed(longArg(args, ++i, a));
          break;
        case "--seed-file":
          b.seedFile(Path.of(arg(args, ++i, a)));
          break;
        case "--locations":
          b.locations(intArg(args, ++i, a));
          break;
        case "--frozen-clock":
          b.tickingClock(false);
          break;
        case "--help":
        case "-h":
          throw new IllegalArgumentException("help requested");
        default:
          throw new IllegalArgumentException("unknown option " + a);
      }
    }
    return b.start();
  }

  private static String arg(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int intArg(String[] args, int i, String option) {
    try {
      return Integer.parseInt(arg(args, i, option));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs an integer");
    }
  }

  private static long longArg(String[] args, int i, String option) {
    try {
      return Long.parseLong(arg(args, i, option));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs an integer");
    }
  }

  /** The one-line JSON summary. */
  static Map<String, Object> summary(Sandbox sandbox) {
    FakeGhl ghl = sandbox.ghl();
    FakePlezi plezi = sandbox.plezi();
    SeededLocation first = ghl.locations().get(0);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ghlBaseUrl", ghl.baseUrl());
    out.put("ghlConsentUrl", ghl.consentBaseUrl() + "v2/oauth/chooselocation");
    out.put("pleziLegacyBaseUrl", plezi.legacyBaseUrl());
    out.put("pleziBrainBaseUrl", plezi.brainBaseUrl());
    out.put("pleziInspectionUrl", plezi.inspectionBaseUrl());
    out.put("oauthClientId", ghl.oauthClientId());
    out.put("oauthClientSecret", ghl.oauthClientSecret());
    out.put("appId", ghl.appId());
    out.put("companyId", ghl.companyId());
    out.put("locationId", first.id());
    out.put("locationName", first.name());
    out.put("privateIntegrationToken", ghl.privateIntegrationToken(first.id()));
    out.put("locations", ghl.locations().stream()
        .map(l -> Map.of("id", l.id(), "name", l.name(), "privateIntegrationToken", ghl.privateIntegrationToken(l.id())))
        .toList());
    out.put("pleziApiKey", plezi.apiKey());
    out.put("pleziTenantCompany", plezi.tenantCompany());
    out.put("pleziFormId", plezi.formId());
    out.put("pleziContentWebFormId", plezi.contentWebFormId());
    out.put("pleziTagFieldKey", plezi.tagFieldKey());
    out.put("brainPublicKey", plezi.brainPublicKey());
    out.put("brainSecretKey", plezi.brainSecretKey());
    out.put("seed", sandbox.seed());
    out.put("scopes", List.of("socialplanner/tag.readonly", "socialplanner/account.readonly",
        "socialplanner/statistics.readonly"));
    return out;
  }

  static void printSummary(Sandbox sandbox, PrintStream out) {
    out.println(Json.string(summary(sandbox)));
    out.flush();
  }
}
