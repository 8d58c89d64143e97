package io.github.ghlplezi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void masks_each_secret_in_plain_and_url_encoded_form() {
    Redactor r = Redactor.of(List.of("s3cr3t+/=value", "refresh-token-1"));
    String out = r.redact("got s3cr3t+/=value, s3cr3t%2B%2F%3Dvalue and refresh-token-1");
    assertEquals("got [REDACTED], [REDACTED] and [REDACTED]", out);
  }

  @Test
  void masks_a_secret_that_contains_another_one_whole() {
    Redactor r = Redactor.of(Arrays.asList("abcdef", "abcdefghij", null));
    assertEquals("x [REDACTED] y", r.redact("x abcdefghij y"));
  }

  @Test
  void masks_jwts_and_bearer_values_it_was_not_told_about() {
    String out = Redactor.of(List.of()).redact(
        "token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl rejected; Authorization: Bearer pit-1234-abcd");
    assertEquals("token [REDACTED] rejected; Authorization: Bearer [REDACTED]", out);
    assertEquals("Invalid bearer token", Redactor.of(List.of()).redact("Invalid bearer token"));
  }

  @Test
  void ignores_short_values_and_null_text() {
    Redactor r = Redactor.of(List.of("ab", "abc"));
    assertEquals("abc ab", r.redact("abc ab"));
    assertNull(r.redact(null));
  }

  @Test
  void redacts_before_clipping_so_a_secret_cut_by_the_limit_is_still_masked() {
    String secret = "0123456789secret";
    String text = "x".repeat(20) + secret;
    String out = Redactor.of(List.of(secret)).redactAndClip(text, 30);
    assertFalse(out.contains("0123456789"), out);
    assertTrue(out.length() <= 30);
  }

  @Test
  void clip_keeps_surrogate_pairs_whole() {
    String out = Redactor.clip("ab\uD83D\uDE00cd", 4);
    assertEquals("ab…", out);
  }
}
