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
 * {@code rounds} (31 pairs), {@code only} ({@code budget} or {@code overhead}).
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
      HttpEventListener counting = new HttpEventListener() {
        @Override
        public void onRequest(RequestEvent e) {
          if (e.api() == RemoteApi.GHL) {
            sent.incrementAndGet();
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
        ghl.socialPlanner(loc).listTags(TagQuery.builder().limit(10).build()); // learn the limits
      }
      Thread.sleep(intervalMs + 50);
      sent.set(0);
      long before429 = fake.counter("rateLimited");
      ExecutorService pool = Executors.newFixedThreadPool(locations * threads);
      long startNanos = System.nanoTime();
      long endNanos = startNanos + Duration.ofSeconds(seconds).toNanos();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < locations * threads; t++) {
        String loc = locs.get(t % locations);
        futures.add(pool.submit(() -> {
          while (System.nanoTime() < endNanos) {
            ghl.socialPlanner(loc).listTags(TagQuery.builder().limit(10).build());
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      double elapsedMs = (System.nanoTime() - startNanos) / 1e6;
      double windows = elapsedMs / intervalMs;
      double longRun = (double) burst * locations * windows;
      double strict = (double) burst * locations * (Math.ceil(windows) + 1);
      System.out.printf(Locale.ROOT, "%n[budget] %d locations x %d threads, limit %d per %d ms per location, %.1f s%n",
          locations, threads, burst, intervalMs, elapsedMs / 1000);
      System.out.printf(Locale.ROOT, "  requests sent              %d%n", sent.get());
      System.out.printf(Locale.ROOT, "  theoretical budget         %.0f (limit x elapsed / interval)  -> utilisation %.1f %%%n",
          longRun, 100 * sent.get() / longRun);
      System.out.printf(Locale.ROOT, "  strict budget (+1 window)  %.0f  -> utilisation %.1f %%%n",
          strict, 100 * sent.get() / strict);
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
      run(bare, request, calls * 2);
      run(resilient, request, calls * 2);
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
    } finally {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  private static double run(OkHttpClient client, Request request, int calls) throws IOException {
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      try (Response r = client.newCall(request).execute()) {
        r.body().bytes();
      }
    }
    return (System.nanoTime() - start) / 1e3 / calls;
  }
}
