package io.github.ghlplezi.benchmarks;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.plezi.PleziClient;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.deliver.PleziContactSink;
import io.github.ghlplezi.sync.fetch.GhlTagSource;
import io.github.ghlplezi.sync.http.HttpEventListener;
import io.github.ghlplezi.sync.http.PleziRateLimits;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.sync.run.EngineSettings;
import io.github.ghlplezi.sync.run.Selection;
import io.github.ghlplezi.sync.run.SyncEngine;
import io.github.ghlplezi.sync.run.SyncRun;
import io.github.ghlplezi.sync.run.Trigger;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import io.github.ghlplezi.sync.tags.OptionRules;
import io.github.ghlplezi.sync.tags.OptionSlugs;
import io.github.ghlplezi.testkit.Fault;
import io.github.ghlplezi.testkit.FaultRule;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;

/**
 * Load harness of the sync engine ({@code io.github.ghlplezi.sync.run.SyncEngine}): 1,000 locations ×
 * 200 tags against the testkit, every call delayed by a fixed latency. Prints, for a first run (every
 * contact written) and a second run (nothing changed, nothing written), the wall time against the
 * ideal {@code calls × latency ÷ parallelism} (target ≤ 1.2×) and the peak heap (fakes included: they
 * run in the same JVM and hold the 200,000 tags).
 *
 * <p>A warm-up run over {@code max(parallelism, 32)} other locations comes first and is not measured.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.ghlplezi.benchmarks.EngineHarness}.
 * Options ({@code key=value}): {@code locations} (1000), {@code tags} (200), {@code latencyMs} (50),
 * {@code parallelism} (16). Plezi's pace is fixed high ({@code PleziRateLimits.fixed(1000)}) so that
 * the measured cost is the engine's, not the budget's.
 */
public final class EngineHarness {

  private EngineHarness() {}

  public static void main(String[] args) {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Map<String, String> opts = new HashMap<>();
    Arrays.stream(args).map(a -> a.split("=", 2)).filter(a -> a.length == 2).forEach(a -> opts.put(a[0], a[1]));
    int locations = Integer.parseInt(opts.getOrDefault("locations", "1000"));
    int tags = Integer.parseInt(opts.getOrDefault("tags", "200"));
    int latencyMs = Integer.parseInt(opts.getOrDefault("latencyMs", "50"));
    int parallelism = Integer.parseInt(opts.getOrDefault("parallelism", "16"));

    try (Sandbox sandbox = Sandbox.builder().tickingClock(true).start()) {
      FakeGhl fg = sandbox.ghl();
      FakePlezi fp = sandbox.plezi();
      List<String> pool = IntStream.range(0, tags * 2).mapToObj(i -> "Bench Topic " + i).toList();
      pool.forEach(name -> fp.addFieldOption(fp.tagFieldKey(), OptionSlugs.of(name)));
      Map<String, String> pits = new ConcurrentHashMap<>();
      List<LocationMapping> mappings = new ArrayList<>();
      int warmUp = Math.max(parallelism, 32);
      for (int i = 0; i < locations + warmUp; i++) {
        String location = fg.addLocation("Bench " + i).id();
        for (int t = 0; t < tags; t++) {
          fg.addTag(location, pool.get((i + t) % pool.size()));
        }
        pits.put(location, fg.privateIntegrationToken(location));
        mappings.add(new LocationMapping(location, "bench-" + i + "@engine.example"));
      }
      fg.faults().add(FaultRule.onPath(".*").fault(Fault.latency(Duration.ofMillis(latencyMs))));
      fp.faults().add(FaultRule.onPath(".*").fault(Fault.latency(Duration.ofMillis(latencyMs))));

      AtomicLong calls = new AtomicLong();
      HttpEventListener counting = new HttpEventListener() {
        @Override
        public void onRequest(RequestEvent e) {
          calls.incrementAndGet();
        }
      };
      OkHttpClient ghlHttp = ResilientHttp.ghl().listener(counting).build();
      OkHttpClient pleziHttp = ResilientHttp.plezi().listener(counting)
          .pleziRateLimits(PleziRateLimits.fixed(1000)).baseClient(ghlHttp).build();
      GhlClient ghl = GhlClient.builder().baseUrl(fg.baseUrl()).tokenSource(pits::get).okHttpClient(ghlHttp).build();
      PleziClient plezi = PleziClient.builder().legacyBaseUrl(fp.legacyBaseUrl()).apiKey(fp.apiKey())
          .tenantCompany(fp.tenantCompany()).okHttpClient(pleziHttp).build();
      SyncEngine engine = new SyncEngine(new GhlTagSource(ghl),
          new PleziContactSink(plezi, fp.formId(), fp.contentWebFormId()), new InMemorySyncStore(),
          EngineSettings.of(OptionRules.of(fp.tagFieldKey(), pool.stream().map(OptionSlugs::of).toList()))
              .withParallelism(parallelism), Clock.systemUTC());
      // Warm-up on locations of their own: JIT, connection pools, and plezi-client's one-off validator
      // bootstrap (tens of seconds on a loaded machine) stay out of the measured runs.
      engine.run(Trigger.SCHEDULE, new Selection(mappings.subList(locations, locations + warmUp)));
      Selection all = new Selection(mappings.subList(0, locations));

      System.out.printf(Locale.ROOT, "engine harness: %d locations x %d tags, %d ms per call, parallelism %d, %d cores%n",
          locations, tags, latencyMs, parallelism, Runtime.getRuntime().availableProcessors());
      for (String label : List.of("first run (every contact written)", "second run (no change, no write)")) {
        System.gc();
        resetPeaks();
        calls.set(0);
        long started = System.nanoTime();
        SyncRun run = engine.run(Trigger.SCHEDULE, all);
        double wallMs = (System.nanoTime() - started) / 1e6;
        double idealMs = calls.get() * (double) latencyMs / parallelism;
        System.out.printf(Locale.ROOT, "%s: %d calls, %d writes, %d failed; wall %.0f ms, ideal %.0f ms,"
                + " ratio %.2f (target <= 1.20); peak heap %d MiB%n", label, calls.get(), run.writes(), run.failed(),
            wallMs, idealMs, wallMs / idealMs, peakHeapBytes() / (1024 * 1024));
      }
    }
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
