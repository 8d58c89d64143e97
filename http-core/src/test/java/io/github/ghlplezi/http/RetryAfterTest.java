package io.github.ghlplezi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void accepts_seconds_and_http_dates_and_ignores_garbage() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", NOW));
    assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Fri, 27 Nov 2026 10:00:30 GMT", NOW));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Fri, 27 Nov 2026 09:59:00 GMT", NOW));
    for (String garbage : new String[] {"soon", "", "-5", "1.5", "Fri, 32 Nov 2026 10:00:00 GMT"}) {
      assertEquals(Optional.empty(), RetryAfter.parse(garbage, NOW), garbage);
    }
    assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
  }

  @Test
  void huge_values_and_far_dates_are_clamped_to_max_and_never_throw() {
    for (String huge : new String[] {"9223372036854775807", "99999999999999999999999999", "31536000000",
        "Fri, 31 Dec 9999 23:59:59 GMT"}) {
      assertEquals(Optional.of(RetryAfter.MAX), RetryAfter.parse(huge, NOW), huge);
    }
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Mon, 1 Jan 0001 00:00:00 GMT", Instant.MAX));
  }
}
