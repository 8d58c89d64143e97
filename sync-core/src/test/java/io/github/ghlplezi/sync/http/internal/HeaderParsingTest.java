package io.github.ghlplezi.sync.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
  void finds_the_location_in_the_path_or_the_query_and_nowhere_else() {
    assertEquals("ve9EPM428h8vShlRW1KT", GhlLocations.locationOf(get("/social-media-posting/ve9EPM428h8vShlRW1KT/tags")));
    assertEquals("loc2", GhlLocations.locationOf(get("/social-media-posting/statistics?locationId=loc2")));
    assertEquals("loc3", GhlLocations.locationOf(get("/locations/loc3")));
    assertNull(GhlLocations.locationOf(get("/social-media-posting/statistics")));
    assertNull(GhlLocations.locationOf(get("/oauth/installedLocations?companyId=c1")));
  }

  private static Request get(String pathAndQuery) {
    return new Request.Builder().url("https://services.leadconnectorhq.com" + pathAndQuery).build();
  }
}
