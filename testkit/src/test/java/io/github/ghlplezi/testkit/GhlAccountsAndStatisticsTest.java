package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GhlAccountsAndStatisticsTest {
  private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z"); // a Friday

  private Sandbox sandbox;
  private Http http;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().clockStart(NOW).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private Http http(String loc) {
    return Http.ghl(sandbox.ghl().baseUrl(), sandbox.ghl().privateIntegrationToken(loc));
  }

  private JsonNode accounts(String loc) {
    Http.Response r = http(loc).get("social-media-posting/" + loc + "/accounts");
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private List<String> profileIds(String loc) {
    List<String> out = new ArrayList<>();
    accounts(loc).at("/results/accounts").forEach(a -> out.add(a.get("profileId").asText()));
    return out;
  }

  /** A profile statistics supports (LinkedIn profiles and non-business TikTok are not). */
  static String supportedProfile(JsonNode accounts) {
    for (JsonNode a : accounts) {
      String platform = a.get("platform").asText();
      String type = a.get("type").asText();
      if (!("linkedin".equals(platform) && !"page".equals(type)) && !("tiktok".equals(platform) && !"business".equals(type))) {
        return a.get("profileId").asText();
      }
    }
    throw new IllegalStateException("no supported profile in " + accounts);
  }

  @Test
  void lists_accounts_with_profile_ids_distinct_from_ids_and_groups() {
    boolean sawExpired = false;
    for (SeededLocation l : sandbox.ghl().locations()) {
      JsonNode body = accounts(l.id());
      assertTrue(body.get("success").asBoolean());
      assertEquals("Fetched Accounts", body.get("message").asText());
      for (JsonNode a : body.at("/results/accounts")) {
        assertNotEquals(a.get("id").asText(), a.get("profileId").asText());
        assertTrue(a.get("id").asText().startsWith(a.get("oauthId").asText() + "_" + l.id() + "_"), a.toString());
        assertTrue(Set.of("google", "facebook", "instagram", "linkedin", "twitter", "tiktok").contains(a.get("platform").asText()));
        sawExpired |= a.get("isExpired").asBoolean();
      }
      JsonNode groups = body.at("/results/groups");
      assertTrue(groups.size() >= 1);
      assertEquals(body.at("/results/accounts").size(), groups.get(0).get("accountIds").size());
    }
    assertTrue(sawExpired, "at least one seeded account is expired");
  }

  @Test
  void answers_statistics_with_201_and_seven_day_buckets_ending_yesterday() {
    String loc = sandbox.ghl().locations().get(0).id();
    String ids = String.join("\",\"", profileIds(loc));
    Http.Response r = http(loc).postJson("social-media-posting/statistics?locationId=" + loc,
        "{\"profileIds\":[\"" + ids + "\"]}");
    assertEquals(201, r.status(), r.body());
    JsonNode body = r.json();
    assertEquals("Analytics Built Successfully", body.get("message").asText());
    assertTrue(body.get("traceId").asText().length() > 10);
    assertFalse(body.has("success"), "statistics has no success wrapper");
    JsonNode dayRange = body.at("/results/dayRange");
    assertEquals(7, dayRange.size());
    LocalDate yesterday = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(1);
    DayOfWeek last = yesterday.getDayOfWeek();
    assertEquals(last.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), dayRange.get(6).asText());
    assertEquals(yesterday.minusDays(6).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), dayRange.get(0).asText());
    JsonNode results = body.get("results");
    for (String k : List.of("totals", "postPerformance", "breakdowns", "platformTotals", "demographics")) {
      assertTrue(results.has(k), k);
    }
    assertEquals(7, results.at("/postPerformance/impressions").size());
    long sum = 0;
    for (JsonNode n : results.at("/postPerformance/impressions")) {
      sum += n.asLong();
    }
    assertEquals(results.at("/totals/impressions").asLong(), sum);
    assertEquals(sum, results.at("/breakdowns/impressions/total").asLong());
    assertTrue(results.at("/breakdowns/impressions/totalChange").isNumber());
  }

  @Test
  void statistics_change_compares_with_the_previous_seven_days() {
    String loc = sandbox.ghl().locations().get(0).id();
    String profile = supportedProfile(accounts(loc).at("/results/accounts"));
    Http h = http(loc);
    JsonNode before = h.postJson("social-media-posting/statistics?locationId=" + loc,
        "{\"profileIds\":[\"" + profile + "\"]}").json();
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    // make both weeks' impressions known: 100/day previous, 150/day current => +50 %
    sandbox.ghl().setDailyMetric(profile, today.minusDays(14), 14, "impressions", 100);
    sandbox.ghl().setDailyMetric(profile, today.minusDays(7), 7, "impressions", 150);
    JsonNode after = h.postJson("social-media-posting/statistics?locationId=" + loc,
        "{\"profileIds\":[\"" + profile + "\"]}").json();
    assertEquals(1050, after.at("/results/breakdowns/impressions/total").asLong());
    assertEquals(50.0, after.at("/results/breakdowns/impressions/totalChange").asDouble(), 1e-9);
    assertNotEquals(before.at("/results/breakdowns/impressions/total").asLong(), 1050L);
  }

  @Test
  void statistics_returns_change_as_two_decimal_strings_when_the_quirk_is_on() {
    try (Sandbox s = Sandbox.builder().clockStart(NOW).statisticsChangeAsString(true).start()) {
      String loc = s.ghl().locations().get(0).id();
      Http h = Http.ghl(s.ghl().baseUrl(), s.ghl().privateIntegrationToken(loc));
      List<String> ids = List.of(supportedProfile(h.get("social-media-posting/" + loc + "/accounts").json().at("/results/accounts")));
      LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
      s.ghl().setDailyMetric(ids.get(0), today.minusDays(14), 7, "impressions", 300);
      s.ghl().setDailyMetric(ids.get(0), today.minusDays(7), 7, "impressions", 100);
      JsonNode body = h.postJson("social-media-posting/statistics?locationId=" + loc,
          "{\"profileIds\":[\"" + ids.get(0) + "\"],\"platforms\":[]}").json();
      JsonNode change = body.at("/results/breakdowns/impressions/totalChange");
      assertTrue(change.isTextual(), change.toString());
      assertEquals("-66.67", change.asText());
    }
  }

  @Test
  void statistics_serve_decimal_values_as_numbers_or_as_numeric_strings_when_switched() {
    String loc = sandbox.ghl().locations().get(0).id();
    String profile = supportedProfile(accounts(loc).at("/results/accounts"));
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    sandbox.ghl().setDailyMetric(profile, today.minusDays(7), 7, "likes", new java.math.BigDecimal("-73.53"));
    sandbox.ghl().setDailyMetric(profile, today.minusDays(1), 1, "likes", new java.math.BigDecimal("1.50"));
    String body = "{\"profileIds\":[\"" + profile + "\"]}";
    JsonNode numbers = http(loc).postJson("social-media-posting/statistics?locationId=" + loc, body).json();
    String platform = numbers.at("/results/platformTotals/likes").fieldNames().next();
    JsonNode series = numbers.at("/results/platformTotals/likes/" + platform + "/series");
    assertTrue(series.get(0).isNumber(), series.toString());
    assertEquals("-73.53", series.get(0).decimalValue().toPlainString());
    assertEquals("-439.68", numbers.at("/results/platformTotals/likes/" + platform + "/total").decimalValue()
        .toPlainString(), "six days of -73.53 and one of 1.50, every decimal kept");

    sandbox.ghl().serveStatisticsValuesAsStrings(true);
    JsonNode strings = http(loc).postJson("social-media-posting/statistics?locationId=" + loc, body).json();
    JsonNode textual = strings.at("/results/platformTotals/likes/" + platform + "/series");
    assertTrue(textual.get(0).isTextual(), textual.toString());
    assertEquals("-73.53", textual.get(0).asText());
    assertEquals("1.50", textual.get(6).asText());
    assertTrue(strings.at("/results/totals/impressions").isTextual(), "totals are strings too");
    sandbox.ghl().serveStatisticsValuesAsStrings(false);
    assertTrue(http(loc).postJson("social-media-posting/statistics?locationId=" + loc, body).json()
        .at("/results/totals/impressions").isNumber(), "and numbers again when switched off");
  }

  @Test
  void statistics_includes_only_platforms_of_the_requested_profiles() {
    for (SeededLocation l : sandbox.ghl().locations()) {
      JsonNode accounts = accounts(l.id()).at("/results/accounts");
      JsonNode first = accounts.get(0);
      JsonNode body = http(l.id()).postJson("social-media-posting/statistics?locationId=" + l.id(),
          "{\"profileIds\":[\"" + first.get("profileId").asText() + "\"]}").json();
      Set<String> platforms = new HashSet<>();
      body.at("/results/platformTotals/impressions").fieldNames().forEachRemaining(platforms::add);
      boolean supported = !("linkedin".equals(first.get("platform").asText()) && "profile".equals(first.get("type").asText()));
      assertEquals(supported ? Set.of(first.get("platform").asText()) : Set.of(), platforms);
    }
  }

  @Test
  void statistics_under_version_v3_answers_200() {
    String loc = sandbox.ghl().locations().get(0).id();
    Http.Response r = http(loc).header("Version", "v3").postJson("social-media-posting/statistics?locationId=" + loc,
        "{\"profileIds\":[\"" + supportedProfile(accounts(loc).at("/results/accounts")) + "\"]}");
    assertEquals(200, r.status());
  }

  @Test
  void statistics_validation_errors() {
    String loc = sandbox.ghl().locations().get(0).id();
    Http h = http(loc);
    String path = "social-media-posting/statistics?locationId=" + loc;
    Http.Response missing = h.postJson(path, "{}");
    assertEquals(422, missing.status());
    assertTrue(missing.json().get("message").isArray());
    assertEquals(422, h.postJson(path, "{\"profileIds\":[]}").status());
    StringBuilder many = new StringBuilder("{\"profileIds\":[");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
    }
    assertEquals(400, h.postJson(path, many.append("]}").toString()).status());
    assertEquals(400, h.postJson(path, "{\"profileIds\":[\"x\"],\"platforms\":[\"myspace\"]}").status());
    Http.Response noLocation = h.postJson("social-media-posting/statistics", "{\"profileIds\":[\"x\"]}");
    assertEquals(422, noLocation.status());
    assertEquals(403, h.postJson("social-media-posting/statistics?locationId=" + sandbox.ghl().locations().get(1).id(),
        "{\"profileIds\":[\"x\"]}").status());
  }

  private static final String PREV_WITHOUT_CURRENT =
      "\"prevRange\":{\"startDate\":\"2026-11-01T00:00:00Z\",\"endDate\":\"2026-11-07T00:00:00Z\"}";
  private static final String BACKWARDS_RANGE =
      "\"currentRange\":{\"startDate\":\"2026-11-09T00:00:00Z\",\"endDate\":\"2026-11-01T00:00:00Z\"}";
  private static final String NOVEMBER_RANGE =
      "\"currentRange\":{\"startDate\":\"2026-11-01T00:00:00Z\",\"endDate\":\"2026-11-20T00:00:00Z\"}";

  @Test
  void statistics_under_v3_refuses_a_prev_range_alone_and_a_backwards_range() {
    String loc = sandbox.ghl().locations().get(0).id();
    Http h = http(loc).header("Version", "v3");
    String path = "social-media-posting/statistics?locationId=" + loc;
    assertEquals(400, h.postJson(path, "{\"profileIds\":[\"x\"]," + PREV_WITHOUT_CURRENT + "}").status());
    assertEquals(400, h.postJson(path, "{\"profileIds\":[\"x\"]," + BACKWARDS_RANGE + "}").status());
  }

  @Test
  void statistics_under_v3_honours_a_custom_range_without_comparison() {
    String loc = sandbox.ghl().locations().get(0).id();
    String profile = supportedProfile(accounts(loc).at("/results/accounts"));
    Http.Response r = http(loc).header("Version", "v3").postJson("social-media-posting/statistics?locationId=" + loc,
        "{\"profileIds\":[\"" + profile + "\"]," + NOVEMBER_RANGE + "}");
    assertEquals(200, r.status(), r.body());
    assertEquals(20, r.json().at("/results/dayRange").size());
  }

  @Test
  void statistics_under_v2_ignores_the_v3_only_range_fields() {
    String loc = sandbox.ghl().locations().get(0).id();
    String profile = supportedProfile(accounts(loc).at("/results/accounts"));
    Http h = http(loc).header("Version", "2021-07-28");
    String path = "social-media-posting/statistics?locationId=" + loc;
    Http.Response plain = h.postJson(path, "{\"profileIds\":[\"" + profile + "\"]}");
    Http.Response custom = h.postJson(path, "{\"profileIds\":[\"" + profile + "\"]," + NOVEMBER_RANGE + "}");
    Http.Response prevAlone = h.postJson(path, "{\"profileIds\":[\"" + profile + "\"]," + PREV_WITHOUT_CURRENT + "}");
    Http.Response backwards = h.postJson(path, "{\"profileIds\":[\"" + profile + "\"]," + BACKWARDS_RANGE + "}");
    assertEquals(201, plain.status(), plain.body());
    for (Http.Response r : List.of(custom, prevAlone, backwards)) {
      assertEquals(201, r.status(), r.body());
      assertEquals(plain.json().get("results"), r.json().get("results"));
    }
    assertEquals(7, custom.json().at("/results/dayRange").size());
  }
}
