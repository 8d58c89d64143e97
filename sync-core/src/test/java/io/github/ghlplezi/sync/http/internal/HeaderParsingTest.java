package io.github.ghlplezi.sync.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.ghlplezi.http.RequestMetadata;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class HeaderParsingTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void retry_after_accepts_seconds_and_http_dates_and_ignores_garbage() {
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", NOW));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Fri, 27 Nov 2026 10:00:30 GMT", NOW));
    assertEquals(Duration.ZERO, RetryAfter.parse("Fri, 27 Nov 2026 09:59:00 GMT", NOW));
    assertNull(RetryAfter.parse("soon", NOW));
    assertNull(RetryAfter.parse("", NOW));
    assertNull(RetryAfter.parse(null, NOW));
    assertNull(RetryAfter.parse("-5", NOW));
  }

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

  private static Request get(String pathAndQuery) {
    return new Request.Builder().url("https://services.leadconnectorhq.com" + pathAndQuery).build();
  }
}
