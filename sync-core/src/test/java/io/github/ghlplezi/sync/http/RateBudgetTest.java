package io.github.ghlplezi.sync.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.ghlplezi.sync.http.internal.PleziRateBudgetInterceptor;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class RateBudgetTest {

  private final ManualTime time = new ManualTime();
  private final RecordingListener events = new RecordingListener();

  private OkHttpClient ghl(GhlRateLimits limits) {
    return ResilientHttp.ghl().clock(time).sleeper(time).listener(events).ghlRateLimits(limits)
        .retryPolicy(RetryPolicy.NONE).build();
  }

  private static int send(OkHttpClient client, String url) throws IOException {
    return send(client, new Request.Builder().url(url));
  }

  private static int send(OkHttpClient client, Request.Builder request) throws IOException {
    try (Response r = client.newCall(request.build()).execute()) {
      r.body().string();
      return r.code();
    }
  }

  @Test
  void a_sustained_sync_at_full_budget_gets_no_429_and_uses_the_budget() throws IOException {
    try (LimitingServer server = new LimitingServer(time, 100, 10_000, 200_000)) {
      OkHttpClient client = ghl(GhlRateLimits.defaults());
      Instant start = time.instant();
      for (int i = 0; i < 1000; i++) {
        assertEquals(200, send(client, server.request("loc1")));
      }
      assertEquals(0, server.rejected.get());
      long elapsed = Duration.between(start, time.instant()).toMillis();
      double theoretical = 100.0 * (elapsed / 10_000.0 + 1);
      assertTrue(1000 / theoretical >= 0.95, "utilisation " + 1000 / theoretical);
      assertFalse(events.throttles.isEmpty());
    }
  }

  @Test
  void concurrent_callers_on_several_locations_get_no_429() throws Exception {
    try (LimitingServer server = new LimitingServer(time, 100, 10_000, 200_000)) {
      OkHttpClient client = ghl(GhlRateLimits.defaults());
      ExecutorService pool = Executors.newFixedThreadPool(6);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        String loc = "loc" + (t % 3);
        done.add(pool.submit(() -> {
          for (int i = 0; i < 150; i++) {
            assertEquals(200, send(client, server.request(loc)));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      assertEquals(0, server.rejected.get());
      assertEquals(900, server.served.get());
    }
  }

  @Test
  void a_busy_location_never_delays_another() throws IOException {
    try (LimitingServer server = new LimitingServer(time, 100, 10_000, 200_000)) {
      OkHttpClient client = ghl(GhlRateLimits.defaults());
      for (int i = 0; i < 250; i++) {
        send(client, server.request("busy"));
        if (i % 5 == 0) {
          assertEquals(200, send(client, server.request("quiet")));
        }
      }
      assertTrue(events.throttles.stream().anyMatch(t -> t.budgetKey().equals("busy")));
      assertTrue(events.throttles.stream().noneMatch(t -> t.budgetKey().equals("quiet")),
          "the quiet location waited");
      assertEquals(0, server.rejected.get());
    }
  }

  @Test
  void learns_a_lower_limit_from_the_headers() throws IOException {
    try (LimitingServer server = new LimitingServer(time, 25, 10_000, 10_000)) {
      OkHttpClient client = ghl(GhlRateLimits.defaults());
      for (int i = 0; i < 200; i++) {
        assertEquals(200, send(client, server.request("sandbox")));
      }
      assertEquals(0, server.rejected.get());
      assertTrue(time.slept().compareTo(Duration.ofSeconds(60)) >= 0, "waited " + time.slept());
    }
  }

  @Test
  void holds_back_the_share_another_process_spent() throws IOException {
    try (LimitingServer server = new LimitingServer(time, 100, 10_000, 200_000)) {
      OkHttpClient client = ghl(GhlRateLimits.defaults());
      server.spendElsewhere("shared", 60);
      for (int i = 0; i < 300; i++) {
        assertEquals(200, send(client, server.request("shared")));
      }
      assertEquals(0, server.rejected.get());
    }
  }

  @Test
  void a_429_without_headers_closes_the_window_for_one_interval() throws IOException {
    try (LimitingServer server = new LimitingServer(time, 100, 10_000, 200_000)) {
      server.sendHeaders = false;
      server.spendElsewhere("loc", 100);
      OkHttpClient client = ghl(GhlRateLimits.defaults());
      assertEquals(429, send(client, server.request("loc")));
      assertEquals(200, send(client, server.request("loc")));
      assertEquals(Duration.ofSeconds(10), time.slept());
    }
  }

  @Test
  void refuses_without_sending_once_the_daily_budget_is_spent() throws IOException {
    try (LimitingServer server = new LimitingServer(time, 100, 10_000, 5)) {
      OkHttpClient client = ghl(GhlRateLimits.defaults());
      for (int i = 0; i < 5; i++) {
        assertEquals(200, send(client, server.request("loc")));
      }
      RateBudgetExceededException e = assertThrows(RateBudgetExceededException.class,
          () -> send(client, server.request("loc")));
      assertEquals("loc", e.budgetKey());
      assertEquals(5, server.served.get() + server.rejected.get());
    }
  }

  @Test
  void plezi_pace_halves_on_429_and_grows_back_on_success() throws IOException {
    WireMockServer wm = new WireMockServer(options().dynamicPort());
    wm.start();
    try {
      OkHttpClient client = ResilientHttp.plezi().clock(time).sleeper(time).retryPolicy(RetryPolicy.NONE)
          .pleziRateLimits(PleziRateLimits.defaults().withRates(8, 1, 20).withAimd(0.5, 0.5)).build();
      PleziRateBudgetInterceptor budget = client.interceptors().stream()
          .filter(PleziRateBudgetInterceptor.class::isInstance).map(PleziRateBudgetInterceptor.class::cast)
          .findFirst().orElseThrow();
      wm.stubFor(get(urlPathEqualTo("/api/v1/create_contact_after_webform")).willReturn(aResponse().withStatus(429)));
      send(client, wm.baseUrl() + "/api/v1/create_contact_after_webform");
      assertEquals(4.0, budget.ratePerSecond(), 1e-9);
      send(client, wm.baseUrl() + "/api/v1/create_contact_after_webform");
      assertEquals(2.0, budget.ratePerSecond(), 1e-9);
      wm.stubFor(get(urlPathEqualTo("/api/v1/create_contact_after_webform")).willReturn(aResponse().withStatus(200)));
      for (int i = 0; i < 4; i++) {
        send(client, wm.baseUrl() + "/api/v1/create_contact_after_webform");
      }
      assertEquals(4.0, budget.ratePerSecond(), 1e-9);
      // paced: after the 429s the gaps widened to 1/rate seconds
      assertTrue(time.sleeps().contains(Duration.ofMillis(500)), "sleeps " + time.sleeps());
    } finally {
      wm.stop();
    }
  }
}
