package io.github.ghlplezi.sync.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.ghlplezi.http.RequestMetadata;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {

  private static WireMockServer wm;
  private ManualTime time;
  private RecordingListener events;

  @BeforeAll
  static void start() {
    wm = new WireMockServer(options().dynamicPort());
    wm.start();
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  @BeforeEach
  void reset() {
    wm.resetAll();
    time = new ManualTime();
    events = new RecordingListener();
  }

  private ResilientHttp.Builder ghl() {
    return ResilientHttp.ghl().clock(time).sleeper(time).random(new SplittableRandom(1)).listener(events)
        .circuitBreaker(CircuitBreakerPolicy.DISABLED);
  }

  private String url(String path) {
    return wm.baseUrl() + path;
  }

  private static void sequence(String path, boolean post, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      var m = post ? post(urlPathEqualTo(path)) : get(urlPathEqualTo(path));
      wm.stubFor(m.inScenario(path).whenScenarioStateIs(i == 0 ? STARTED : "s" + i)
          .willReturn(answers[i]).willSetStateTo("s" + (i + 1)));
    }
  }

  private static Response call(OkHttpClient client, String url) throws IOException {
    return client.newCall(new Request.Builder().url(url).build()).execute();
  }

  /** A request tagged the way a client tags it. */
  static Request.Builder tagged(String url, String location, boolean repeatable) {
    return new RequestMetadata("op", "/template", location, repeatable).attachTo(new Request.Builder().url(url));
  }

  private static final RequestBody JSON = RequestBody.create("{}", MediaType.get("application/json"));

  @Test
  void retries_a_get_after_503_and_502_then_returns_the_success() throws IOException {
    sequence("/social-media-posting/loc1/tags", false,
        aResponse().withStatus(503), aResponse().withStatus(502), aResponse().withStatus(200).withBody("{\"ok\":true}"));
    try (Response r = ghl().build().newCall(tagged(url("/social-media-posting/loc1/tags"), "loc1", true).build())
        .execute()) {
      assertEquals(200, r.code());
      assertEquals("{\"ok\":true}", r.body().string());
    }
    wm.verify(3, getRequestedFor(urlPathEqualTo("/social-media-posting/loc1/tags")));
    assertEquals(2, events.retries.size());
    assertEquals("loc1", events.retries.get(0).locationId());
    assertEquals(2, time.sleeps().size(), "slept through the injected sleeper only");
  }

  @Test
  void honours_retry_after_in_seconds_on_429() throws IOException {
    sequence("/social-media-posting/loc1/tags", false,
        aResponse().withStatus(429).withHeader("Retry-After", "7"), aResponse().withStatus(200));
    try (Response r = call(ghl().build(), url("/social-media-posting/loc1/tags"))) {
      assertEquals(200, r.code());
    }
    assertTrue(time.sleeps().contains(Duration.ofSeconds(7)), "sleeps: " + time.sleeps());
  }

  @Test
  void honours_retry_after_as_an_http_date() throws IOException {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.instant().plusSeconds(42).atZone(ZoneOffset.UTC));
    sequence("/x", false, aResponse().withStatus(503).withHeader("Retry-After", date), aResponse().withStatus(200));
    try (Response r = call(ghl().build(), url("/x"))) {
      assertEquals(200, r.code());
    }
    assertEquals(Duration.ofSeconds(42), time.sleeps().get(0));
  }

  @Test
  void a_429_does_not_consume_the_attempts_for_transient_failures() throws IOException {
    sequence("/x", false, aResponse().withStatus(429).withHeader("Retry-After", "1"),
        aResponse().withStatus(429).withHeader("Retry-After", "1"), aResponse().withStatus(429).withHeader("Retry-After", "1"),
        aResponse().withStatus(500), aResponse().withStatus(200));
    try (Response r = call(ghl().retryPolicy(RetryPolicy.defaults().withMaxAttempts(2)).build(), url("/x"))) {
      assertEquals(200, r.code());
    }
    wm.verify(5, getRequestedFor(urlPathEqualTo("/x")));
  }

  @Test
  void gives_up_after_max_attempts_and_returns_the_last_answer() throws IOException {
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(503)));
    try (Response r = call(ghl().retryPolicy(RetryPolicy.defaults().withMaxAttempts(3)).build(), url("/x"))) {
      assertEquals(503, r.code());
    }
    wm.verify(3, getRequestedFor(urlPathEqualTo("/x")));
  }

  @Test
  void does_not_wait_past_the_deadline_when_retry_after_is_too_long() throws IOException {
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
    try (Response r = call(ghl().build(), url("/x"))) {
      assertEquals(429, r.code());
    }
    wm.verify(1, getRequestedFor(urlPathEqualTo("/x")));
    assertEquals(Duration.ZERO, time.slept());
  }

  @Test
  void a_retry_after_of_long_max_or_a_far_date_hands_back_the_429_at_once_without_throwing() throws IOException {
    OkHttpClient client = ghl().withoutRateBudget().build();
    for (String value : new String[] {"9223372036854775807", "Fri, 31 Dec 9999 23:59:59 GMT", "61"}) {
      wm.resetAll();
      wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", value)));
      try (Response r = call(client, url("/x"))) {
        assertEquals(429, r.code(), value);
      }
      wm.verify(1, getRequestedFor(urlPathEqualTo("/x")));
    }
    assertEquals(Duration.ZERO, time.slept());
  }

  @Test
  void retry_after_zero_without_a_budget_waits_the_minimum_delay_and_stops_after_max_429_retries() throws IOException {
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
    try (Response r = call(ghl().withoutRateBudget().build(), url("/x"))) {
      assertEquals(429, r.code());
    }
    RetryPolicy policy = RetryPolicy.defaults();
    wm.verify(1 + policy.max429Retries(), getRequestedFor(urlPathEqualTo("/x")));
    assertEquals(policy.max429Retries(), time.sleeps().size());
    assertTrue(time.sleeps().stream().allMatch(d -> d.compareTo(policy.minDelay()) >= 0), "sleeps: " + time.sleeps());
  }

  @Test
  void never_repeats_permanent_failures() throws IOException {
    OkHttpClient client = ghl().build();
    for (int status : new int[] {400, 401, 403, 404, 422}) {
      wm.resetAll();
      wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(status)));
      try (Response r = call(client, url("/x"))) {
        assertEquals(status, r.code());
      }
      wm.verify(1, getRequestedFor(urlPathEqualTo("/x")));
    }
  }

  @Test
  void does_not_repeat_a_post_tagged_not_repeatable_or_not_tagged_after_a_500() throws IOException {
    wm.stubFor(post(urlPathEqualTo("/social-media-posting/loc1/posts")).willReturn(aResponse().withStatus(500)));
    wm.stubFor(post(urlPathEqualTo("/social-media-posting/loc1/tags/details")).willReturn(aResponse().withStatus(500)));
    OkHttpClient client = ghl().build();
    try (Response r = client.newCall(tagged(url("/social-media-posting/loc1/posts"), "loc1", false).post(JSON)
        .build()).execute()) {
      assertEquals(500, r.code());
    }
    // Without a tag nothing is known about a POST, whatever its URL looks like.
    try (Response r = client.newCall(new Request.Builder().url(url("/social-media-posting/loc1/tags/details"))
        .post(JSON).build()).execute()) {
      assertEquals(500, r.code());
    }
    wm.verify(1, postRequestedFor(urlPathEqualTo("/social-media-posting/loc1/posts")));
    wm.verify(1, postRequestedFor(urlPathEqualTo("/social-media-posting/loc1/tags/details")));
  }

  @Test
  void repeats_posts_tagged_repeatable_and_requests_with_an_idempotency_key() throws IOException {
    OkHttpClient client = ghl().build();
    for (String path : new String[] {"/social-media-posting/loc1/tags/details", "/custom"}) {
      sequence(path, true, aResponse().withStatus(502), aResponse().withStatus(201));
      Request.Builder b = path.equals("/custom")
          ? new Request.Builder().url(url(path)).header(RetrySafety.IDEMPOTENCY_KEY_HEADER, "k-1")
          : tagged(url(path), "loc1", true);
      try (Response r = client.newCall(b.post(JSON).build()).execute()) {
        assertEquals(201, r.code(), path);
      }
      wm.verify(2, postRequestedFor(urlPathEqualTo(path)));
    }
  }

  @Test
  void callers_can_mark_more_requests_safe() throws IOException {
    sequence("/a", true, aResponse().withStatus(503), aResponse().withStatus(200));
    sequence("/b", true, aResponse().withStatus(503), aResponse().withStatus(200));
    OkHttpClient client = ghl().retrySafe(r -> r.url().encodedPath().equals("/b")).build();
    try (Response r = client.newCall(RetrySafety.markSafe(tagged(url("/a"), null, false).post(JSON)).build())
        .execute()) {
      assertEquals(200, r.code());
    }
    try (Response r = client.newCall(new Request.Builder().url(url("/b")).post(JSON).build()).execute()) {
      assertEquals(200, r.code());
    }
  }

  @Test
  void repeats_a_post_tagged_repeatable_like_the_plezi_upsert_after_a_lost_connection() throws IOException {
    String path = "/api/v1/create_contact_after_webform";
    wm.stubFor(post(urlPathEqualTo(path)).inScenario("p").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    wm.stubFor(post(urlPathEqualTo(path)).inScenario("p").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(200).withBody("{}")));
    OkHttpClient client = ResilientHttp.plezi().clock(time).sleeper(time).listener(events).build();
    try (Response r = client.newCall(tagged(url(path), null, true).post(JSON).build()).execute()) {
      assertEquals(200, r.code());
    }
    assertEquals(1, events.retries.size());
  }

  @Test
  void retries_a_body_cut_short_and_hands_back_the_complete_one() throws IOException {
    try (TruncatingServer server = new TruncatingServer(1, "{\"tags\":[\"a\",\"b\",\"c\"]}")) {
      try (Response r = call(ghl().build(), server.url("/social-media-posting/loc1/tags"))) {
        assertEquals(200, r.code());
        assertEquals("{\"tags\":[\"a\",\"b\",\"c\"]}", r.body().string());
      }
      assertEquals(2, server.requests());
    }
  }

  @Test
  void an_unsafe_request_is_not_repeated_after_a_reset_but_the_failure_surfaces() {
    wm.stubFor(post(urlPathEqualTo("/w")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    Request req = new Request.Builder().url(url("/w")).post(JSON).build();
    assertThrows(IOException.class, () -> ghl().build().newCall(req).execute());
    wm.verify(1, postRequestedFor(urlPathEqualTo("/w")));
  }

  @Test
  void a_read_timeout_is_retried() throws IOException {
    sequence("/slow", false, aResponse().withStatus(200).withFixedDelay(700), aResponse().withStatus(200).withBody("ok"));
    OkHttpClient client = ghl().timeouts(Timeouts.defaults().withRead(Duration.ofMillis(200))).build();
    try (Response r = call(client, url("/slow"))) {
      assertEquals("ok", r.body().string());
    }
    assertEquals("SocketTimeoutException", events.retries.get(0).reason());
  }
}
