package io.github.ghlplezi.sync.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;

/**
 * A loopback server enforcing HighLevel-style limits per location (a fixed window opened by the
 * first call, plus a daily cap) on an injected clock, answering with X-RateLimit-* headers.
 */
final class LimitingServer implements AutoCloseable {
  private final HttpServer server;
  private final Clock clock;
  private final int max;
  private final long intervalMillis;
  private final int dailyMax;
  private final Map<String, long[]> windows = new HashMap<>();
  private final Map<String, Integer> days = new HashMap<>();
  final AtomicInteger served = new AtomicInteger();
  final AtomicInteger rejected = new AtomicInteger();
  volatile boolean sendHeaders = true;

  LimitingServer(Clock clock, int max, long intervalMillis, int dailyMax) throws IOException {
    this.clock = clock;
    this.max = max;
    this.intervalMillis = intervalMillis;
    this.dailyMax = dailyMax;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", exchange -> {
      String location = HttpUrl.get("http://x" + exchange.getRequestURI()).pathSegments().get(1);
      int[] decision = decide(location);
      boolean ok = decision[0] == 1;
      if (sendHeaders) {
        var h = exchange.getResponseHeaders();
        h.add("X-RateLimit-Max", Integer.toString(max));
        h.add("X-RateLimit-Interval-Milliseconds", Long.toString(intervalMillis));
        h.add("X-RateLimit-Remaining", Integer.toString(decision[1]));
        h.add("X-RateLimit-Limit-Daily", Integer.toString(dailyMax));
        h.add("X-RateLimit-Daily-Remaining", Integer.toString(decision[2]));
      }
      byte[] body = (ok ? "{\"ok\":true}" : "{\"statusCode\":429}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(ok ? 200 : 429, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  /** Spends {@code n} requests of a location's current window, as another process would. */
  synchronized void spendElsewhere(String location, int n) {
    for (int i = 0; i < n; i++) {
      decide(location);
    }
    served.addAndGet(-n);
  }

  private synchronized int[] decide(String location) {
    long now = clock.millis();
    long[] w = windows.computeIfAbsent(location, k -> new long[] {Long.MIN_VALUE, 0});
    if (w[0] == Long.MIN_VALUE || now >= w[0] + intervalMillis) {
      w[0] = now;
      w[1] = 0;
    }
    int day = days.getOrDefault(location, 0);
    if (w[1] >= max || day >= dailyMax) {
      rejected.incrementAndGet();
      return new int[] {0, (int) (max - w[1]), dailyMax - day};
    }
    w[1]++;
    days.put(location, day + 1);
    served.incrementAndGet();
    return new int[] {1, (int) (max - w[1]), dailyMax - day - 1};
  }

  /** A GET of the tags of {@code location}, tagged as ghl-client tags it. */
  okhttp3.Request.Builder request(String location) {
    return RetryInterceptorTest.tagged(url(location), location, true);
  }

  String url(String location) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/social-media-posting/" + location + "/tags";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
