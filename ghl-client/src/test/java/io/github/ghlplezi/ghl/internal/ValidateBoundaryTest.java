package io.github.ghlplezi.ghl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The characters and sizes on either side of each rule: what goes into a URL as an id, list sizes,
 * numeric ranges and offset pages.
 */
class ValidateBoundaryTest {

  private static void rejected(String parameter, Runnable check) {
    GhlInvalidArgumentException e = assertThrows(GhlInvalidArgumentException.class, check::run);
    assertEquals(parameter, e.parameter());
  }

  @ParameterizedTest(name = "rejects {0}")
  @ValueSource(strings = {"loc 1", "loc\t1", "loc\u001f1", "loc\u007f1", "loc\u00001", "loc/1", "loc?1", "loc#1",
      "loc%1", "loc\\1", " loc1", "loc1 "})
  void an_id_with_whitespace_a_control_character_or_a_url_delimiter_is_rejected(String id) {
    rejected("locationId", () -> Validate.id("locationId", id));
  }

  @ParameterizedTest(name = "accepts {0}")
  @ValueSource(strings = {"loc-1_2.3", "Lx1EI6YIgQYMQi0ytFXv", "0"})
  void an_id_of_letters_digits_dashes_dots_and_underscores_is_accepted(String id) {
    assertEquals(id, Validate.id("locationId", id));
  }

  @Test
  void an_id_of_128_characters_is_accepted_and_one_of_129_is_not() {
    String longest = "a".repeat(128);
    assertEquals(longest, Validate.id("postId", longest));
    rejected("postId", () -> Validate.id("postId", longest + "a"));
  }

  @Test
  void blank_values_are_rejected_and_text_is_returned_unchanged() {
    rejected("state", () -> Validate.notBlank("state", null));
    rejected("state", () -> Validate.notBlank("state", " \t"));
    assertEquals(" x ", Validate.notBlank("state", " x "));
  }

  @Test
  void a_range_includes_both_ends() {
    assertEquals(1, Validate.range("limit", 1, 1, 100));
    assertEquals(100, Validate.range("limit", 100, 1, 100));
    rejected("limit", () -> Validate.range("limit", 0, 1, 100));
    rejected("limit", () -> Validate.range("limit", 101, 1, 100));
  }

  @Test
  void an_offset_page_accepts_skip_zero_and_refuses_a_negative_skip() {
    Validate.offsetPage(1, 0, 50);
    Validate.offsetPage(50, 7, 50);
    rejected("skip", () -> Validate.offsetPage(10, -1, 50));
    rejected("limit", () -> Validate.offsetPage(51, 0, 50));
  }

  @Test
  void a_list_of_ids_must_have_a_size_within_bounds_and_no_blank_element() {
    Validate.ids("tagIds", List.of("a"), 1, 2);
    Validate.ids("tagIds", List.of("a", "b"), 1, 2);
    rejected("tagIds", () -> Validate.ids("tagIds", List.of(), 1, 2));
    rejected("tagIds", () -> Validate.ids("tagIds", List.of("a", "b", "c"), 1, 2));
    rejected("tagIds", () -> Validate.ids("tagIds", null, 1, 2));
    rejected("tagIds", () -> Validate.ids("tagIds", Arrays.asList("a", null), 1, 2));
    rejected("tagIds", () -> Validate.ids("tagIds", List.of("a", " "), 1, 2));
  }
}
