package io.github.ghlplezi.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.model.TagQuery;
import io.github.ghlplezi.sync.http.CircuitBreakerPolicy;
import io.github.ghlplezi.sync.http.GhlRateLimits;
import io.github.ghlplezi.sync.http.HttpEventListener;
import io.github.ghlplezi.sync.http.RemoteApi;
import io.github.ghlplezi.sync.http.ResilientHttp;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SeededLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Load harness of the resilient HTTP chain ({@code io.github.ghlplezi.sync.http}). Prints:
 *
 * <ol>
 *   <li>requests sent against the theoretical HighLevel budget (utilisation, target &gt;= 95 %) and
 *       429s received (target 0), with the testkit's fake enforcing the limits in real time (by
 *       default HighLevel's 100 per 10 s; a shorter {@code intervalMs} makes a quicker, harsher run);
 *   <li>the overhead of the interceptor chain against a bare OkHttp call on loopback (target &lt;= 5 %).
 * </ol>
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.ghlplezi.benchmarks.ResilienceHarness}.
 * Options ({@code key=value}): {@code locations} (4), {@code threads} per location (4), {@code burst}
 * (100), {@code intervalMs} (10000, HighLevel's), {@code seconds} (60), {@code calls} per overhead batch (1000),
 * {@code rounds} (31 pairs), {@code only} ({@code budget} or {@code overhead}). With
 * {@code -Dharness.breakdown=true} it also times the chain with one part removed at a time.
 */
public final class ResilienceHarness {

  private ResilienceHarness() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Map<String, String> opts = new HashMap<>();
    Arrays.stream(args).map(a -> a.split("=", 2)).filter(a -> a.length == 2).forEach(a -> opts.put(a[0], a[1]));
    int locations = Integer.parseInt(opts.getOrDefault("locations", "4"));
    int threads = Integer.parseInt(opts.getOrDefault("threads", "4"));
    int burst = Integer.parseInt(opts.getOrDefault("burst", "100"));
    long intervalMs = Long.parseLong(opts.getOrDefault("intervalMs", "10000"));
    int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
    int calls = Integer.parseInt(opts.getOrDefault("calls", "1000"));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "31"));

    System.out.printf(Locale.ROOT, "ghl-plezi resilience harness (Java %s, %d cores)%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    String only = opts.getOrDefault("only", "");
    if (!only.equals("overhead")) {
      budget(locations, threads, burst, intervalMs, seconds);
    }
    if (!only.equals("budget")) {
      overhead(calls, rounds);
    }
    System.exit(0); // OkHttp's pool threads are not daemons
  }

  // ---------------------------------------------------------------- 1. budget utilisation

  private static void budget(int locations, int threads, int burst, long intervalMs, int seconds) throws Exception {
    try (Sandbox sandbox = Sandbox.builder().tickingClock(true)
        .ghlRateLimits(burst, Duration.ofMillis(intervalMs), 100_000_000).start()) {
      FakeGhl fake = sandbox.ghl();
      Map<String, String> pits = new HashMap<>();
      List<String> locs = new ArrayList<>();
      for (int i = 0; i < locations; i++) {
        SeededLocation l = fake.addLocation("Harness " + i);
        fake.addTag(l.id(), "Spring Sale");
        locs.add(l.id());
        pits.put(l.id(), fake.privateIntegrationToken(l.id()));
      }
      AtomicLong sent = new AtomicLong();
      AtomicLong tooMany = new AtomicLong();
      AtomicLong throttled = new AtomicLong();
      Map<String, java.util.Queue<Long>> sentAt = new java.util.concurrent.ConcurrentHashMap<>();
      locs.forEach(l -> sentAt.put(l, new java.util.concurrent.ConcurrentLinkedQueue<>()));
      HttpEventListener counting = new HttpEventListener() {
        @Override
        public void onRequest(RequestEvent e) {
          if (e.api() == RemoteApi.GHL) {
            sent.incrementAndGet();
            sentAt.get(e.locationId()).add(System.nanoTime());
            if (e.status() == 429) {
              tooMany.incrementAndGet();
            }
          }
        }

        @Override
        public void onThrottled(ThrottleEvent e) {
          throttled.incrementAndGet();
        }
      };
      // Real time: the fake's clock ticks and the chain sleeps for real. Budget starts from
      // HighLevel's defaults and learns the fake's limits from the first answer's headers.
      OkHttpClient http = ResilientHttp.ghl().clock(sandbox.clock()).listener(counting).build();
      GhlClient ghl = GhlClient.builder().baseUrl(fake.baseUrl()).tokenSource(pits::get).okHttpClient(http).build();
      for (String loc : locs) {
        ghl.socialPlanner(loc).tags().list(TagQuery.builder().limit(10).build()); // learn the limits
      }
      Thread.sleep(intervalMs + 50);
      sent.set(0);
      sentAt.values().forEach(java.util.Queue::clear);
      long before429 = fake.counter("rateLimited");
      ExecutorService pool = Executors.newFixedThreadPool(locations * threads);
      long startNanos = System.nanoTime();
      long endNanos = startNanos + Duration.ofSeconds(seconds).toNanos();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < locations * threads; t++) {
        String loc = locs.get(t % locations);
        futures.add(pool.submit(() -> {
          while (System.nanoTime() < endNanos) {
            ghl.socialPlanner(loc).tags().list(TagQuery.builder().limit(10).build());
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      long stopNanos = System.nanoTime();
      double elapsedMs = (stopNanos - startNanos) / 1e6;
      double longRun = (double) burst * locations * elapsedMs / intervalMs;
      // Occupancy: how full the sliding interval was, sampled every 50 ms once the first interval has
      // passed, averaged over samples and locations (100 % = every interval held the full limit).
      long intervalNanos = intervalMs * 1_000_000L;
      double occupancy = 0;
      int samples = 0;
      for (java.util.Queue<Long> q : sentAt.values()) {
        long[] times = q.stream().mapToLong(Long::longValue).sorted().toArray();
        for (long t = startNanos + intervalNanos; t <= stopNanos; t += 50_000_000L) {
          long from = t - intervalNanos;
          int n = 0;
          for (long x : times) {
            if (x > from && x <= t) {
              n++;
            }
          }
          occupancy += (double) n / burst;
          samples++;
        }
      }
      occupancy = samples == 0 ? 0 : occupancy / samples;
      System.out.printf(Locale.ROOT, "%n[budget] %d locations x %d threads, limit %d per %d ms per location, %.1f s%n",
          locations, threads, burst, intervalMs, elapsedMs / 1000);
      System.out.printf(Locale.ROOT, "  requests sent              %d%n", sent.get());
      System.out.printf(Locale.ROOT, "  theoretical budget         %.0f (limit x elapsed / interval x locations)"
          + "  -> utilisation %.1f %%%n", longRun, 100 * sent.get() / longRun);
      System.out.printf(Locale.ROOT, "  sliding-interval occupancy %.1f %% (mean requests in the trailing interval / limit)%n",
          100 * occupancy);
      System.out.printf(Locale.ROOT, "  429 received               %d (fake counted %d)%n", tooMany.get(),
          fake.counter("rateLimited") - before429);
      System.out.printf(Locale.ROOT, "  budget waits               %d%n", throttled.get());
    }
  }

  // ---------------------------------------------------------------- 2. chain overhead

  private static void overhead(int calls, int rounds) throws IOException {
    byte[] body = "{\"success\":true,\"statusCode\":200,\"results\":{\"tags\":[],\"count\":0}}"
        .getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    ExecutorService executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/social-media-posting/loc1/tags?limit=10";
      OkHttpClient bare = new OkHttpClient();
      // Full chain: retry + circuit breaker + budget + logging; a budget too large to ever wait,
      // so the figure is the chain's own cost, not throttling.
      OkHttpClient resilient = ResilientHttp.ghl().baseClient(bare)
          .ghlRateLimits(GhlRateLimits.defaults().withBurst(1_000_000_000, Duration.ofMillis(1)).withDailyMax(Integer.MAX_VALUE))
          .circuitBreaker(CircuitBreakerPolicy.defaults()).build();
      Request request = new Request.Builder().url(url).build();
      for (int w = 0; w < 5; w++) { // warm both paths up (JIT) before measuring
        run(bare, request, calls * 2);
        run(resilient, request, calls * 2);
      }
      CPU_NANOS.clear();
      CPU_CALLS.clear();
      // Adjacent pairs of batches share the machine's conditions (this box is shared); the median of
      // the pairwise ratios is robust to load spikes.
      double[] bareUs = new double[rounds];
      double[] chainUs = new double[rounds];
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        if (r % 2 == 0) {
          bareUs[r] = run(bare, request, calls);
          chainUs[r] = run(resilient, request, calls);
        } else {
          chainUs[r] = run(resilient, request, calls);
          bareUs[r] = run(bare, request, calls);
        }
        ratio[r] = chainUs[r] / bareUs[r];
      }
      Arrays.sort(bareUs);
      Arrays.sort(chainUs);
      Arrays.sort(ratio);
      double b = bareUs[rounds / 2];
      double c = chainUs[rounds / 2];
      System.out.printf(Locale.ROOT, "%n[overhead] %d paired batches x %d sequential GETs on loopback%n", rounds, calls);
      System.out.printf(Locale.ROOT, "  bare OkHttp                %.1f us/call (median batch)%n", b);
      System.out.printf(Locale.ROOT, "  resilient chain            %.1f us/call (median batch)%n", c);
      System.out.printf(Locale.ROOT, "  overhead                   %.1f %% (median of paired ratios; quartiles %.1f %% .. %.1f %%)%n",
          100 * (ratio[rounds / 2] - 1), 100 * (ratio[rounds / 4] - 1), 100 * (ratio[3 * rounds / 4] - 1));
      System.out.printf(Locale.ROOT, "  calling-thread CPU         bare %.1f us/call, chain %.1f us/call (+%.1f us)%n",
          cpuUs(bare), cpuUs(resilient), cpuUs(resilient) - cpuUs(bare));
      if (Boolean.getBoolean("harness.breakdown")) {
        // Each variant drops one part of the chain; all run interleaved in the same rounds.
        Map<String, OkHttpClient> variants = new java.util.LinkedHashMap<>();
        GhlRateLimits huge = GhlRateLimits.defaults().withBurst(1_000_000_000, Duration.ofMillis(1))
            .withDailyMax(Integer.MAX_VALUE);
        variants.put("bare", bare);
        variants.put("bare + 3 min call timeout", bare.newBuilder().callTimeout(Duration.ofMinutes(3)).build());
        variants.put("full chain", resilient);
        variants.put("chain, no call timeout", ResilientHttp.ghl().baseClient(bare).ghlRateLimits(huge)
            .timeouts(io.github.ghlplezi.sync.http.Timeouts.defaults().withCall(Duration.ZERO)).build());
        variants.put("chain, no budget", ResilientHttp.ghl().baseClient(bare).withoutRateBudget().build());
        variants.put("chain, no breaker", ResilientHttp.ghl().baseClient(bare).ghlRateLimits(huge)
            .circuitBreaker(CircuitBreakerPolicy.DISABLED).build());
        for (OkHttpClient v : variants.values()) {
          run(v, request, calls * 2);
        }
        CPU_NANOS.clear();
        CPU_CALLS.clear();
        Map<String, double[]> wall = new java.util.LinkedHashMap<>();
        variants.keySet().forEach(k -> wall.put(k, new double[rounds]));
        for (int r = 0; r < rounds; r++) {
          for (var v : variants.entrySet()) {
            wall.get(v.getKey())[r] = run(v.getValue(), request, calls);
          }
        }
        System.out.printf(Locale.ROOT, "  breakdown (interleaved, %d rounds):%n", rounds);
        for (var v : variants.entrySet()) {
          double[] w = wall.get(v.getKey());
          Arrays.sort(w);
          System.out.printf(Locale.ROOT, "    %-28s wall %.1f us/call (median), calling-thread CPU %.1f us/call%n",
              v.getKey(), w[rounds / 2], cpuUs(v.getValue()));
        }
      }
    } finally {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final Map<OkHttpClient, AtomicLong> CPU_NANOS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<OkHttpClient, AtomicLong> CPU_CALLS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Mean wall time per call in microseconds; also accumulates the calling thread's CPU time. */
  private static double run(OkHttpClient client, Request request, int calls) throws IOException {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      try (Response r = client.newCall(request).execute()) {
        r.body().bytes();
      }
    }
    double us = (System.nanoTime() - start) / 1e3 / calls;
    CPU_NANOS.computeIfAbsent(client, k -> new AtomicLong()).addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
    CPU_CALLS.computeIfAbsent(client, k -> new AtomicLong()).addAndGet(calls);
    return us;
  }

  private static double cpuUs(OkHttpClient client) {
    return CPU_NANOS.get(client).get() / 1e3 / CPU_CALLS.get(client).get();
  }
}
