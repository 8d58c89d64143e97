package io.github.ghlplezi.sync.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.http.RequestMetadata;
import java.time.Duration;
import java.time.Instant;
import io.github.ghlplezi.sync.http.GhlRateLimits;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class HeaderParsingTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void reads_the_location_from_the_request_tag_and_never_from_the_url() {
    Request url = get("/social-media-posting/ve9EPM428h8vShlRW1KT/tags?locationId=loc2");
    assertNull(GhlLocations.locationOf(url));
    assertEquals(GhlLocations.UNATTRIBUTED_KEY, GhlLocations.budgetKey(url));
    Request tagged = new RequestMetadata("op", "/social-media-posting/oauth/facebook/accounts/{accountId}", "locA", true)
        .attachTo(new Request.Builder().url("https://services.leadconnectorhq.com/social-media-posting/oauth/x")).build();
    assertEquals("locA", GhlLocations.locationOf(tagged));
    assertEquals("locA", GhlLocations.budgetKey(tagged));
    Request agency = new RequestMetadata("op", "/oauth/installedLocations", null, true)
        .attachTo(new Request.Builder().url("https://services.leadconnectorhq.com/oauth/installedLocations")).build();
    assertEquals(GhlLocations.APP_KEY, GhlLocations.budgetKey(agency));
  }

  @Test
  void a_max_of_two_billion_with_nothing_remaining_is_clamped_and_held_without_one_entry_per_slot() {
    LocationBudget budget = new LocationBudget(GhlRateLimits.DEFAULT);
    long now = NOW.toEpochMilli();
    assertTrue(budget.tryAcquire(now).admitted());
    budget.complete(now, RateHeaders.of(answer("X-RateLimit-Max", "2000000000", "X-RateLimit-Remaining", "0")), false);

    assertEquals(RateHeaders.MAX_BURST, budget.burstMax());
    LocationBudget.Admission refused = budget.tryAcquire(now);
    assertFalse(refused.admitted());
    assertEquals(Duration.ofSeconds(10), refused.delay(), "held for one interval");
    assertTrue(budget.tryAcquire(now + 10_000).admitted());
  }

  @Test
  void an_interval_of_24_days_closes_a_location_for_one_hour_at_most() {
    LocationBudget budget = new LocationBudget(GhlRateLimits.DEFAULT);
    long now = NOW.toEpochMilli();
    assertTrue(budget.tryAcquire(now).admitted());
    budget.complete(now, RateHeaders.of(answer("X-RateLimit-Interval-Milliseconds", "2147483647",
        "X-RateLimit-Remaining", "0")), true);

    assertEquals(Duration.ofHours(1), budget.tryAcquire(now).delay());
  }

  @Test
  void rate_headers_out_of_range_or_malformed_are_clamped_or_ignored() {
    RateHeaders h = RateHeaders.of(answer("X-RateLimit-Max", "0", "X-RateLimit-Interval-Milliseconds", "5",
        "X-RateLimit-Limit-Daily", "99999999999999999999999", "X-RateLimit-Daily-Remaining", "-3",
        "X-RateLimit-Remaining", "1e9"));
    assertEquals(new RateHeaders(1, RateHeaders.MIN_INTERVAL_MILLIS, -1, RateHeaders.MAX_DAILY, -1), h);
  }

  private static Response answer(String... headers) {
    Response.Builder b = new Response.Builder().request(get("/x")).protocol(Protocol.HTTP_1_1).code(200).message("OK");
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  private static Request get(String pathAndQuery) {
    return new Request.Builder().url("https://services.leadconnectorhq.com" + pathAndQuery).build();
  }
}
