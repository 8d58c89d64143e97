package io.github.ghlplezi.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;
import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.TagPage;
import io.github.ghlplezi.ghl.model.TagQuery;
import io.github.ghlplezi.sync.http.GhlRateLimits;
import io.github.ghlplezi.sync.http.ResilientHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One loopback server answering every request with the same 100-tag page of
 * {@code GET /social-media-posting/{locationId}/tags} (HighLevel's envelope, its headers), and the
 * three ways of fetching it that {@link TagPageBenchmark} compares: bare OkHttp + Jackson into a
 * record, the SDK, and the SDK over {@code ResilientHttp.ghl()}.
 */
final class TagPageFixture implements AutoCloseable {

  static final String LOCATION = "ve9EPM428h8vShlRW1KT";
  static final int TAGS = 100;
  private static final String TOKEN = "pit-benchmark-0000-1111-2222";

  private final HttpServer server;
  private final ExecutorService executor;
  private final OkHttpClient bareHttp;
  private final ObjectReader bareReader;
  private final HttpUrl bareBase;
  private final GhlClient sdk;
  private final GhlClient resilientSdk;
  private final OkHttpClient resilientHttp;
  private final TagQuery query = TagQuery.builder().limit(TAGS).build();

  TagPageFixture() {
    // Without it the JDK server's Nagle delay (about 40 ms per answer) would dwarf every other cost.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    byte[] body = page().getBytes(StandardCharsets.UTF_8);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "tag-page-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      var headers = exchange.getResponseHeaders();
      headers.add("Content-Type", "application/json; charset=utf-8");
      // Generous but realistic-looking limits: the budget never waits, so the figure is CPU, not throttling.
      headers.add("X-RateLimit-Limit-Daily", "10000000");
      headers.add("X-RateLimit-Daily-Remaining", "9999999");
      headers.add("X-RateLimit-Interval-Milliseconds", "1000");
      headers.add("X-RateLimit-Max", "10000");
      headers.add("X-RateLimit-Remaining", "9999");
      headers.add("traceId", "7f0c1c5e-2b1a-4f6e-9a63-3c1d2e4f5a6b");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";

    bareHttp = new OkHttpClient();
    bareReader = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .readerFor(BareEnvelope.class);
    bareBase = HttpUrl.get(base);

    sdk = GhlClient.builder().baseUrl(base).tokenSource(TokenSource.privateIntegrationToken(TOKEN)).build();
    resilientHttp = ResilientHttp.ghl()
        .ghlRateLimits(GhlRateLimits.defaults().withBurst(10_000, Duration.ofSeconds(1)).withDailyMax(10_000_000))
        .build();
    resilientSdk = GhlClient.builder().baseUrl(base).tokenSource(TokenSource.privateIntegrationToken(TOKEN))
        .okHttpClient(resilientHttp).build();
    check(bare(), "bare");
    check(sdk().tags().size(), "sdk");
    check(resilient().tags().size(), "sdk+resilient");
  }

  /** (a) bare OkHttp + Jackson into records; the request is built per call, as the SDK must. */
  int bare() {
    Request request = new Request.Builder()
        .url(bareBase.newBuilder().addPathSegment("social-media-posting").addPathSegment(LOCATION).addPathSegment("tags")
            .addQueryParameter("limit", Integer.toString(TAGS)).addQueryParameter("skip", "0").build())
        .header("Authorization", "Bearer " + TOKEN)
        .header("Version", "2021-07-28")
        .header("Accept", "application/json")
        .build();
    try (Response response = bareHttp.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      BareEnvelope envelope = bareReader.readValue(body.byteStream());
      return envelope.results().tags().size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** (b) the SDK. */
  TagPage sdk() {
    return sdk.socialPlanner(LOCATION).tags().list(query);
  }

  /** (c) the SDK over the resilient stack. */
  TagPage resilient() {
    return resilientSdk.socialPlanner(LOCATION).tags().list(query);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    for (OkHttpClient http : List.of(bareHttp, resilientHttp)) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static void check(int tags, String variant) {
    if (tags != TAGS) {
      throw new IllegalStateException(variant + " read " + tags + " tags, expected " + TAGS);
    }
  }

  /** HighLevel's answer, shaped like the testkit's fake and the OpenAPI file (soft-deleted flag, ISO dates). */
  private static String page() {
    StringBuilder sb = new StringBuilder("{\"success\":true,\"statusCode\":200,\"message\":\"Fetched Tags by Location ID\",\"results\":{\"tags\":[");
    for (int i = 0; i < TAGS; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(String.format(Locale.ROOT, "{\"_id\":\"66a1f0c2e4b0%012x\",\"tag\":\"campaign-%03d spring launch\","
          + "\"locationId\":\"%s\",\"createdBy\":\"5DP4iH6HLkQsiKESj6rh\",\"deleted\":false,"
          + "\"createdAt\":\"2026-03-%02dT09:%02d:11.123Z\",\"updatedAt\":\"2026-04-%02dT17:%02d:42.456Z\"}",
          i, i, LOCATION, 1 + i % 28, i % 60, 1 + i % 28, i % 60));
    }
    return sb.append("],\"count\":").append(TAGS).append("}}").toString();
  }

  /** The equivalent of the SDK's model, for the bare variant. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record BareEnvelope(boolean success, int statusCode, String message, BareTags results) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record BareTags(List<BareTag> tags, long count) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record BareTag(@JsonProperty("_id") String id, String tag, String locationId, String createdBy, boolean deleted,
      Instant createdAt, Instant updatedAt) {
  }
}
