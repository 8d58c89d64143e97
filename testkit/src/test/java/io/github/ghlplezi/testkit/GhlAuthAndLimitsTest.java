package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GhlAuthAndLimitsTest {
  private static final List<String> LIMIT_HEADERS = List.of(
      "X-RateLimit-Limit-Daily", "X-RateLimit-Daily-Remaining", "X-RateLimit-Interval-Milliseconds",
      "X-RateLimit-Max", "X-RateLimit-Remaining");

  private Sandbox sandbox;
  private String loc;
  private String other;
  private Http http;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    loc = sandbox.ghl().locations().get(0).id();
    other = sandbox.ghl().locations().get(1).id();
    http = Http.ghl(sandbox.ghl().baseUrl(), sandbox.ghl().privateIntegrationToken(loc));
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private String tags(String location) {
    return "social-media-posting/" + location + "/tags";
  }

  @Test
  void rejects_a_call_without_version_header_with_401() {
    Http.Response r = http.without("Version").get(tags(loc));
    assertEquals(401, r.status());
    assertEquals("version header was not found.", r.json().get("message").asText());
    assertEquals(401, r.json().get("statusCode").asInt());
    assertNotNull(r.json().get("traceId"));
  }

  @Test
  void rejects_an_unknown_version_with_401() {
    Http.Response r = http.header("Version", "2020-01-01").get(tags(loc));
    assertEquals(401, r.status());
    assertEquals("version header is invalid", r.json().get("message").asText());
  }

  @Test
  void accepts_every_published_version() {
    for (String v : List.of("2021-07-28", "2021-04-15", "2023-02-21", "v3")) {
      assertEquals(200, http.header("Version", v).get(tags(loc)).status(), v);
    }
  }

  @Test
  void rejects_an_unknown_token_with_401_invalid_token() {
    Http.Response r = Http.ghl(sandbox.ghl().baseUrl(), "pit-00000000-0000-4000-8000-000000000000").get(tags(loc));
    assertEquals(401, r.status());
    assertEquals("Invalid token: access token is invalid", r.json().get("message").asText());
    assertEquals("Unauthorized", r.json().get("error").asText());
  }

  @Test
  void rejects_a_call_without_authorization_with_401() {
    assertEquals(401, http.without("Authorization").get(tags(loc)).status());
  }

  @Test
  void rejects_a_token_of_another_location_with_403() {
    Http.Response r = http.get(tags(other));
    assertEquals(403, r.status());
    assertEquals("The token does not have access to this location.", r.json().get("message").asText());
  }

  @Test
  void answers_404_in_nest_style_for_unknown_routes() {
    Http.Response r = http.get("social-media-posting/" + loc + "/nothing-here");
    assertEquals(404, r.status());
    assertEquals("Cannot GET /social-media-posting/" + loc + "/nothing-here", r.json().get("message").asText());
  }

  @Test
  void sends_the_five_rate_limit_headers_on_success_and_on_errors() {
    Http.Response ok = http.get(tags(loc));
    Http.Response denied = http.get(tags(other));
    Http.Response noVersion = http.without("Version").get(tags(loc));
    for (Http.Response r : List.of(ok, denied, noVersion)) {
      for (String h : LIMIT_HEADERS) {
        assertNotNull(r.header(h), h + " missing on " + r);
      }
    }
    assertEquals("200000", ok.header("X-RateLimit-Limit-Daily"));
    assertEquals("10000", ok.header("X-RateLimit-Interval-Milliseconds"));
    assertEquals("100", ok.header("X-RateLimit-Max"));
    assertEquals("99", ok.header("X-RateLimit-Remaining"));
    assertEquals("199999", ok.header("X-RateLimit-Daily-Remaining"));
  }

  @Test
  void answers_429_after_100_calls_in_10_seconds_then_recovers_when_the_window_passes() {
    for (int i = 0; i < 100; i++) {
      assertEquals(200, http.get(tags(loc)).status(), "call " + i);
    }
    Http.Response limited = http.get(tags(loc));
    assertEquals(429, limited.status());
    assertEquals("0", limited.header("X-RateLimit-Remaining"));
    assertEquals("10", limited.header("Retry-After"));
    assertEquals(429, limited.json().get("statusCode").asInt());
    sandbox.clock().advance(Duration.ofSeconds(4));
    Http.Response stillLimited = http.get(tags(loc));
    assertEquals(429, stillLimited.status());
    assertEquals("6", stillLimited.header("Retry-After"));
    sandbox.clock().advance(Duration.ofSeconds(6));
    assertEquals(200, http.get(tags(loc)).status());
  }

  @Test
  void limits_each_location_independently() {
    try (Sandbox s = Sandbox.builder().ghlRateLimits(3, Duration.ofSeconds(10), 1000).start()) {
      String a = s.ghl().locations().get(0).id();
      String b = s.ghl().locations().get(1).id();
      Http ha = Http.ghl(s.ghl().baseUrl(), s.ghl().privateIntegrationToken(a));
      Http hb = Http.ghl(s.ghl().baseUrl(), s.ghl().privateIntegrationToken(b));
      for (int i = 0; i < 3; i++) {
        assertEquals(200, ha.get(tags(a)).status());
      }
      assertEquals(429, ha.get(tags(a)).status());
      assertEquals(200, hb.get(tags(b)).status());
      assertEquals("3", hb.get(tags(b)).header("X-RateLimit-Max"));
    }
  }

  @Test
  void enforces_the_daily_limit_until_the_next_utc_day() {
    try (Sandbox s = Sandbox.builder().ghlRateLimits(100, Duration.ofSeconds(10), 5)
        .clockStart(java.time.Instant.parse("2026-11-27T12:00:00Z")).start()) {
      String a = s.ghl().locations().get(0).id();
      Http ha = Http.ghl(s.ghl().baseUrl(), s.ghl().privateIntegrationToken(a));
      for (int i = 0; i < 5; i++) {
        assertEquals(200, ha.get(tags(a)).status());
      }
      Http.Response r = ha.get(tags(a));
      assertEquals(429, r.status());
      assertEquals("0", r.header("X-RateLimit-Daily-Remaining"));
      s.clock().advance(Duration.ofHours(12));
      assertEquals(200, ha.get(tags(a)).status());
      assertTrue(s.ghl().counter("rateLimited") >= 1);
    }
  }

  @Test
  void the_sandbox_account_profile_allows_25_calls_per_10_seconds() {
    try (Sandbox s = Sandbox.builder().ghlSandboxAccountRateLimits().start()) {
      String a = s.ghl().locations().get(0).id();
      Http ha = Http.ghl(s.ghl().baseUrl(), s.ghl().privateIntegrationToken(a));
      for (int i = 0; i < 25; i++) {
        assertEquals(200, ha.get(tags(a)).status());
      }
      Http.Response r = ha.get(tags(a));
      assertEquals(429, r.status());
      assertEquals("10000", r.header("X-RateLimit-Limit-Daily"));
      assertEquals("25", r.header("X-RateLimit-Max"));
    }
  }
}
