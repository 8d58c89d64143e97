package io.github.ghlplezi.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.http.ScriptedServer.Answer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HighLevel budget of one location key, each rule on its own: the local count without any
 * header, the header correction without the local count running out, the daily budget across
 * midnight, the longest wait, and slots given back by calls that died.
 */
class RateBudgetScenariosTest {

  private static final Duration INTERVAL = Duration.ofSeconds(10);
  private final ManualTime time = new ManualTime(Instant.parse("2026-11-27T22:00:00Z"));
  private final RecordingListener events = new RecordingListener();
  private ScriptedServer server;

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedServer(Answer.status(200));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private OkHttpClient client(GhlRateLimits limits) {
    return ResilientHttp.ghl().clock(time).sleeper(time).listener(events).ghlRateLimits(limits)
        .retryPolicy(RetryPolicy.NONE).circuitBreaker(CircuitBreakerPolicy.DISABLED).build();
  }

  // A company-level path: no location, so every call of a test shares the app's budget.
  private int get(OkHttpClient client) throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/oauth/installedLocations")).build())
        .execute()) {
      return r.code();
    }
  }

  @Test
  void without_headers_the_local_count_makes_the_third_call_of_a_two_per_interval_budget_wait_one_interval()
      throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults().withBurst(2, INTERVAL));
    get(client);
    get(client);
    assertEquals(List.of(), time.sleeps());

    get(client);

    assertEquals(List.of(INTERVAL), time.sleeps());
    assertEquals(3, server.requests());
  }

  @Test
  void a_server_reporting_no_remaining_requests_holds_back_a_budget_that_still_counts_plenty_free()
      throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults());
    server.answer(Answer.ok(Map.of("X-RateLimit-Max", "100", "X-RateLimit-Interval-Milliseconds", "10000",
        "X-RateLimit-Remaining", "0")));
    get(client);
    assertEquals(List.of(), time.sleeps());

    get(client);

    assertEquals(List.of(INTERVAL), time.sleeps(), "waited for the window the server said was spent");
  }

  @Test
  void a_server_reporting_one_remaining_request_admits_one_more_at_once_then_holds_back()
      throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults());
    server.answer(Answer.ok(Map.of("X-RateLimit-Remaining", "1")));
    get(client);
    server.answer(Answer.ok(Map.of("X-RateLimit-Remaining", "0")));
    get(client);
    assertEquals(List.of(), time.sleeps());

    get(client);

    assertEquals(1, time.sleeps().size());
    assertTrue(time.sleeps().get(0).compareTo(INTERVAL) <= 0);
  }

  @Test
  void a_lower_burst_maximum_from_the_headers_replaces_the_configured_one() throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults());
    server.answer(Answer.ok(Map.of("X-RateLimit-Max", "2", "X-RateLimit-Interval-Milliseconds", "4000")));
    get(client);
    get(client);
    assertEquals(List.of(), time.sleeps());

    get(client);

    assertEquals(List.of(Duration.ofSeconds(4)), time.sleeps());
  }

  @Test
  void a_429_without_headers_counts_as_a_spent_window() throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults());
    server.answer(Answer.status(429));
    assertEquals(429, get(client));
    server.answer(Answer.status(200));

    assertEquals(200, get(client));

    assertEquals(List.of(INTERVAL), time.sleeps());
  }

  @Test
  void the_daily_budget_refuses_without_sending_until_midnight_utc_then_starts_afresh() throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults().withDailyMax(3));
    for (int i = 0; i < 3; i++) {
      assertEquals(200, get(client));
    }

    RateBudgetExceededException refused = assertThrows(RateBudgetExceededException.class, () -> get(client));
    assertEquals(Duration.ofHours(2), refused.retryIn(), "from 22:00 to midnight");
    assertEquals(3, server.requests());

    time.advance(Duration.ofHours(2).minusMillis(1));
    assertThrows(RateBudgetExceededException.class, () -> get(client), "23:59:59.999 is still the same day");
    assertEquals(3, server.requests());

    time.advance(Duration.ofMillis(1));
    assertEquals(200, get(client));
    assertEquals(200, get(client));
    assertEquals(200, get(client));
    assertEquals(6, server.requests());
    assertThrows(RateBudgetExceededException.class, () -> get(client), "the new day has its own three");
  }

  @Test
  void a_daily_remaining_of_zero_in_the_headers_spends_the_day_at_once() throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults());
    server.answer(Answer.ok(Map.of("X-RateLimit-Limit-Daily", "200000", "X-RateLimit-Daily-Remaining", "0")));
    get(client);

    RateBudgetExceededException refused = assertThrows(RateBudgetExceededException.class, () -> get(client));

    assertEquals(1, server.requests());
    assertEquals(Duration.ofHours(2), refused.retryIn());
  }

  @Test
  void a_lower_daily_limit_from_the_headers_replaces_the_configured_one() throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults());
    server.answer(Answer.ok(Map.of("X-RateLimit-Limit-Daily", "2")));
    get(client);
    get(client);

    assertThrows(RateBudgetExceededException.class, () -> get(client));

    assertEquals(2, server.requests());
  }

  @Test
  void a_wait_longer_than_max_wait_is_refused_at_once_without_sending_or_sleeping() throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults().withBurst(1, INTERVAL).withMaxWait(Duration.ofSeconds(9)));
    get(client);

    RateBudgetExceededException refused = assertThrows(RateBudgetExceededException.class, () -> get(client));

    assertEquals(INTERVAL, refused.retryIn());
    assertEquals(1, server.requests());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void a_wait_of_exactly_max_wait_is_accepted() throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults().withBurst(1, INTERVAL).withMaxWait(INTERVAL));
    get(client);

    assertEquals(200, get(client));

    assertEquals(List.of(INTERVAL), time.sleeps());
    assertEquals(2, server.requests());
  }

  @Test
  void many_calls_that_die_with_an_io_error_give_their_slots_back() throws IOException {
    OkHttpClient client = client(GhlRateLimits.defaults().withBurst(3, INTERVAL).withMaxWait(Duration.ofSeconds(30)));
    server.answer(Answer.DROP);
    for (int i = 0; i < 20; i++) {
      assertThrows(IOException.class, () -> get(client));
    }
    assertEquals(20, server.requests());
    server.answer(Answer.status(200));

    assertEquals(200, get(client));

    assertEquals(21, server.requests());
  }
}
