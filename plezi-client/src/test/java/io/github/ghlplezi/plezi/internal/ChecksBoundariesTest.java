package io.github.ghlplezi.plezi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.plezi.PleziRequestInvalidException;
import io.github.ghlplezi.plezi.PleziRequestInvalidException.Violation;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Request checks at the edges: lengths and counts exactly at the limit, surrogates, control characters. */
class ChecksBoundariesTest {

  private static List<String> messages(Consumer<Checks> check) {
    Checks checks = new Checks();
    check.accept(checks);
    if (checks.ok()) {
      return List.of();
    }
    PleziRequestInvalidException e = assertThrows(PleziRequestInvalidException.class, () -> checks.throwIfAny("op"));
    return e.violations().stream().map(Violation::message).toList();
  }

  @Test
  void a_new_check_list_is_ok_and_add_chains() {
    Checks checks = new Checks();
    assertTrue(checks.ok());
    assertSame(checks, checks.add("f", "bad"));
    assertFalse(checks.ok());
  }

  @Test
  void values_exactly_at_their_limit_pass_and_one_more_fails() {
    String domain = "@example.com";
    String email = "a".repeat(Checks.MAX_EMAIL - domain.length()) + domain;
    assertTrue(messages(c -> c.email("email", email)).stream().noneMatch(m -> m.contains("at most")));
    assertEquals(List.of("must be at most 254 characters (got 255)"), messages(c -> c.email("email", "b" + email)));
    assertEquals(List.of(), messages(c -> c.text("t", "x".repeat(10), 10)));
    assertEquals(List.of("must be at most 10 characters (got 11)"), messages(c -> c.text("t", "x".repeat(11), 10)));
    assertEquals(List.of(), messages(c -> c.count("items", Collections.nCopies(3, "i"), 3)));
    assertEquals(List.of("must have at most 3 elements (got 4)"),
        messages(c -> c.count("items", Collections.nCopies(4, "i"), 3)));
    assertEquals(List.of(), messages(c -> c.range("page", 1, 1, 5)));
    assertEquals(List.of(), messages(c -> c.range("page", 5, 1, 5)));
    assertEquals(List.of("must be at most 5 (got 6)"), messages(c -> c.range("page", 6, 1, 5)));
    assertEquals(List.of("must be at least 1 (got 0)"), messages(c -> c.range("page", 0, 1, 5)));
  }

  @Test
  void paired_surrogates_pass_and_lone_ones_are_located() {
    assertEquals(List.of(), messages(c -> c.text("t", "\uD83D\uDE00 ok \uD83D\uDE00", 100)));
    assertEquals(List.of("must not contain an unpaired surrogate (at index 1)"),
        messages(c -> c.text("t", "a\uD83D", 100)));
    assertEquals(List.of("must not contain an unpaired surrogate (at index 0)"),
        messages(c -> c.text("t", "\uD83Dx", 100)));
    assertEquals(List.of("must not contain an unpaired surrogate (at index 2)"),
        messages(c -> c.text("t", "ab\uDE00", 100)));
  }

  @Test
  void tabs_and_line_breaks_pass_other_control_characters_do_not() {
    assertEquals(List.of(), messages(c -> c.text("t", "a\tb\nc\r\nd ~", 100)));
    assertEquals(List.of("must not contain control characters (at index 1)"),
        messages(c -> c.text("t", "a\u0001", 100)));
    assertEquals(List.of("must not contain control characters (at index 0)"),
        messages(c -> c.text("t", "\u007f", 100)));
    assertEquals(List.of("must not contain control characters (at index 0)"),
        messages(c -> c.text("t", "\u001f", 100)));
  }

  @Test
  void a_refused_value_is_quoted_only_when_short_and_printable() {
    Pattern letters = Pattern.compile("[a-z]+");
    assertEquals(List.of("must be letters (got '" + "1".repeat(100) + "')"),
        messages(c -> c.token("k", "1".repeat(100), letters, 200, "must be letters")));
    assertEquals(List.of("must be letters"), messages(c -> c.token("k", "1".repeat(101), letters, 200,
        "must be letters")));
    assertEquals(List.of("must be letters"), messages(c -> c.token("k", "a\u0001b", letters, 200, "must be letters")));
    assertEquals(List.of("must be letters"), messages(c -> c.token("k", "a\uD83D", letters, 200, "must be letters")));
  }
}
