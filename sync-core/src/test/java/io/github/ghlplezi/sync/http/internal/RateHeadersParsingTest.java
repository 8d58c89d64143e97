package io.github.ghlplezi.sync.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** How HighLevel's X-RateLimit-* headers are read: each alone, zeros, nines, junk and absurd values. */
class RateHeadersParsingTest {

  private static Response answer(String... nameValues) {
    Response.Builder b = new Response.Builder().request(new Request.Builder().url("http://127.0.0.1/").build())
        .protocol(Protocol.HTTP_1_1).code(200).message("OK");
    for (int i = 0; i < nameValues.length; i += 2) {
      b.addHeader(nameValues[i], nameValues[i + 1]);
    }
    return b.build();
  }

  @Test
  void an_answer_without_rate_headers_has_none() {
    assertNull(RateHeaders.of(answer("Content-Type", "application/json")));
  }

  @Test
  void each_header_alone_is_read_even_when_it_says_zero() {
    assertEquals(new RateHeaders(1, -1, -1, -1, -1), RateHeaders.of(answer("X-RateLimit-Max", "0")));
    assertEquals(new RateHeaders(-1, 1_000, -1, -1, -1),
        RateHeaders.of(answer("X-RateLimit-Interval-Milliseconds", "0")));
    assertEquals(new RateHeaders(-1, -1, 0, -1, -1), RateHeaders.of(answer("X-RateLimit-Remaining", "0")));
    assertEquals(new RateHeaders(-1, -1, -1, 1, -1), RateHeaders.of(answer("X-RateLimit-Limit-Daily", "0")));
    assertEquals(new RateHeaders(-1, -1, -1, -1, 0), RateHeaders.of(answer("X-RateLimit-Daily-Remaining", "0")));
  }

  @Test
  void highlevels_published_values_are_read_as_they_are() {
    assertEquals(new RateHeaders(100, 10_000, 99, 200_000, 199_999), RateHeaders.of(answer(
        "X-RateLimit-Max", "100", "X-RateLimit-Interval-Milliseconds", "10000", "X-RateLimit-Remaining", " 99 ",
        "X-RateLimit-Limit-Daily", "200000", "X-RateLimit-Daily-Remaining", "199999")));
  }

  @Test
  void digits_at_both_ends_of_the_range_count_and_anything_else_is_ignored() {
    assertEquals(9, RateHeaders.of(answer("X-RateLimit-Remaining", "9")).remaining());
    assertEquals(90, RateHeaders.of(answer("X-RateLimit-Remaining", "090")).remaining());
    assertEquals(RateHeaders.MAX_BURST, RateHeaders.of(answer("X-RateLimit-Remaining", "1".repeat(40))).remaining(),
        "forty digits are still a number, saturated");
    for (String junk : new String[] {"-5", "1e3", "12a", "", "  ", "9/", ":0", "1".repeat(41)}) {
      assertEquals(-1, RateHeaders.of(answer("X-RateLimit-Remaining", junk, "X-RateLimit-Max", "7")).remaining(), junk);
    }
  }

  @Test
  void absurd_values_are_clamped_to_a_sane_range() {
    RateHeaders h = RateHeaders.of(answer("X-RateLimit-Max", "99999999999999999999999999",
        "X-RateLimit-Interval-Milliseconds", "5", "X-RateLimit-Remaining", "2147483648",
        "X-RateLimit-Limit-Daily", "999999999", "X-RateLimit-Daily-Remaining", "999999999"));
    assertEquals(new RateHeaders(RateHeaders.MAX_BURST, RateHeaders.MIN_INTERVAL_MILLIS, RateHeaders.MAX_BURST,
        RateHeaders.MAX_DAILY, RateHeaders.MAX_DAILY), h);
    assertEquals(RateHeaders.MAX_INTERVAL_MILLIS,
        RateHeaders.of(answer("X-RateLimit-Interval-Milliseconds", "86400000")).intervalMillis());
  }
}
