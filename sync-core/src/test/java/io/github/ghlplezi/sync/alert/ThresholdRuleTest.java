package io.github.ghlplezi.sync.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.stats.Series;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.StatPoint;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThresholdRuleTest {

  static final LocalDate DAY = LocalDate.parse("2026-03-14");

  private static StatPoint p(String account, String platform, String metric, LocalDate day, double value) {
    return new StatPoint("loc", account, platform, metric, day, value);
  }

  private static Series series(StatPoint... points) {
    return new Series(SeriesQuery.of("loc", DAY.minusDays(60), DAY), List.of(points));
  }

  @Test
  void every_problem_is_reported_at_once() {
    AlertRuleException e = assertThrows(AlertRuleException.class, () -> new ThresholdRule("Bad Id", " ",
        Optional.of(" "), Optional.of("acc"), true, Set.of(""), ThresholdRule.Measure.CHANGE_PERCENT, 0,
        ThresholdRule.Direction.AT_OR_BELOW, -101, -1, Duration.ofSeconds(-1)));
    assertEquals(9, e.problems().size(), e.problems().toString());
    assertTrue(e.problems().get(0).contains("id must match"), e.problems().get(0));
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("metric is required")));
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("platform must be absent or not blank")));
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("perAccount and accountId")));
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("locations must be ids")));
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("periodDays must be 1 to 366, was 0")));
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("never fires")));
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("hysteresis must be >= 0")));
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("cooldown must be >= 0")));
    assertTrue(e.getMessage().startsWith("9 problem(s) in the alert rules"), e.getMessage());
  }

  @Test
  void nulls_and_non_finite_numbers_are_problems_too() {
    AlertRuleException e = assertThrows(AlertRuleException.class, () -> new ThresholdRule(null, null, null, null,
        false, null, null, 367, null, Double.NaN, Double.POSITIVE_INFINITY, null));
    assertEquals(List.of("rule (no id): id must match [a-z0-9][a-z0-9_.-]{0,63}", "rule (no id): metric is required",
        "rule (no id): platform must be absent or not blank", "rule (no id): accountId must be absent or not blank",
        "rule (no id): locations must be ids (empty for all locations)", "rule (no id): measure is required",
        "rule (no id): periodDays must be 1 to 366, was 367", "rule (no id): direction is required",
        "rule (no id): threshold must be a finite number", "rule (no id): hysteresis must be >= 0, was Infinity",
        "rule (no id): cooldown must be >= 0, was null"), e.problems());
  }

  @Test
  void the_boundaries_of_each_check_are_accepted() {
    ThresholdRule.builder("a", "m").totalAtOrAbove(1, 0).build();
    ThresholdRule.builder("a", "m").totalAtOrAbove(366, 0).build();
    ThresholdRule.builder("a", "m").changeAtOrBelow(7, -100).build();
    ThresholdRule.builder("a", "m").changeAtOrAbove(7, -150).build();
    ThresholdRule.builder("a", "m").totalAtOrBelow(7, -150).build();
    ThresholdRule.builder("a", "m").totalAtOrAbove(1, 1).hysteresis(0).cooldown(Duration.ZERO).build();
    ThresholdRule.builder("a".repeat(64), "m").totalAtOrAbove(1, 1).build();
    assertThrows(AlertRuleException.class, () -> ThresholdRule.builder("a".repeat(65), "m").totalAtOrAbove(1, 1).build());
    assertThrows(AlertRuleException.class, () -> ThresholdRule.builder("a", "m").totalAtOrAbove(1, 1)
        .perAccount(true).account("x").build());
    assertThrows(AlertRuleException.class, () -> ThresholdRule.builder("a", "m").totalAtOrAbove(1, 1)
        .platform("").build());
    assertThrows(AlertRuleException.class, () -> ThresholdRule.builder("a", "m").build(), "no threshold set");
    assertEquals(List.of(), ThresholdRule.builder("a", "m").totalAtOrAbove(1, 1).problems());
  }

  @Test
  void several_rules_are_checked_together_and_ids_must_be_distinct() {
    AlertRuleException e = assertThrows(AlertRuleException.class, () -> ThresholdRule.buildAll(List.of(
        ThresholdRule.builder("dup", "m").totalAtOrAbove(1, 1),
        ThresholdRule.builder("dup", "m").totalAtOrAbove(1, 1),
        ThresholdRule.builder("ok", "m").totalAtOrAbove(0, 1))));
    assertEquals(List.of("rule dup: id used twice", "rule ok: periodDays must be 1 to 366, was 0"), e.problems());
    assertEquals(2, ThresholdRule.buildAll(List.of(ThresholdRule.builder("a", "m").totalAtOrAbove(1, 1),
        ThresholdRule.builder("b", "m").totalAtOrAbove(1, 1))).size());
    ThresholdRule a = ThresholdRule.builder("a", "m").totalAtOrAbove(1, 1).build();
    AlertRuleException twice = assertThrows(AlertRuleException.class, () -> ThresholdRule.distinct(List.of(a, a)));
    assertEquals(List.of("rule a: id used twice"), twice.problems());
  }

  @Test
  void at_or_above_fires_at_the_threshold_and_re_arms_only_below_it_minus_the_hysteresis() {
    ThresholdRule rule = ThresholdRule.builder("r", "m").totalAtOrAbove(1, 100).hysteresis(10).build();
    assertTrue(rule.crossed(100));
    assertTrue(rule.crossed(100.5));
    assertFalse(rule.crossed(99.99));
    assertFalse(rule.cleared(90));
    assertTrue(rule.cleared(89.99));
    assertFalse(rule.cleared(95));
  }

  @Test
  void at_or_below_fires_at_the_threshold_and_re_arms_only_above_it_plus_the_hysteresis() {
    ThresholdRule rule = ThresholdRule.builder("r", "m").changeAtOrBelow(7, -30).hysteresis(5).build();
    assertTrue(rule.crossed(-30));
    assertTrue(rule.crossed(-31));
    assertFalse(rule.crossed(-29.99));
    assertFalse(rule.cleared(-25));
    assertTrue(rule.cleared(-24.99));
    assertFalse(rule.cleared(-27));
  }

  @Test
  void without_hysteresis_cleared_is_the_exact_complement_of_crossed() {
    ThresholdRule rule = ThresholdRule.builder("r", "m").totalAtOrAbove(1, 100).build();
    assertTrue(rule.crossed(100));
    assertFalse(rule.cleared(100));
    assertTrue(rule.cleared(99.999));
  }

  @Test
  void the_total_sums_the_period_ending_on_the_day_for_the_metric_only() {
    ThresholdRule rule = ThresholdRule.builder("r", "likes").totalAtOrAbove(7, 1).build();
    Series s = series(p("a", "facebook", "likes", DAY, 1), p("a", "facebook", "likes", DAY.minusDays(6), 10),
        p("b", "instagram", "likes", DAY.minusDays(3), 100), p("a", "facebook", "likes", DAY.minusDays(7), 1000),
        p("a", "facebook", "likes", DAY.plusDays(1), 10_000), p("a", "facebook", "reach", DAY, 100_000));
    assertEquals(Map.of("", 111.0), rule.measure(s, DAY));
  }

  @Test
  void a_period_without_any_point_has_no_value() {
    ThresholdRule rule = ThresholdRule.builder("r", "likes").totalAtOrAbove(1, 1).build();
    assertEquals(Map.of(), rule.measure(series(p("a", "facebook", "likes", DAY.minusDays(1), 5)), DAY));
    assertEquals(Map.of("", 0.0), rule.measure(series(p("a", "facebook", "likes", DAY, 0)), DAY));
  }

  @Test
  void the_change_compares_with_the_period_before_and_is_undefined_against_zero() {
    ThresholdRule rule = ThresholdRule.builder("wow", "likes").changeAtOrBelow(7, -30).build();
    Series s = series(p("a", "facebook", "likes", DAY, 60), p("a", "facebook", "likes", DAY.minusDays(7), 80),
        p("a", "facebook", "likes", DAY.minusDays(13), 20), p("a", "facebook", "likes", DAY.minusDays(14), 999));
    assertEquals(Map.of("", -40.0), rule.measure(s, DAY));
    assertEquals(Map.of(), rule.measure(series(p("a", "facebook", "likes", DAY, 60)), DAY));
    assertEquals(Map.of("", -100.0), rule.measure(series(p("a", "facebook", "likes", DAY.minusDays(8), 60)), DAY));
    assertEquals(Map.of("", 50.0), rule.measure(series(p("a", "facebook", "likes", DAY, 30),
        p("a", "facebook", "likes", DAY.minusDays(7), 20)), DAY));
  }

  @Test
  void per_account_rules_measure_each_account_and_filters_narrow_the_points() {
    ThresholdRule perAccount = ThresholdRule.builder("r", "likes").totalAtOrAbove(1, 1).perAccount(true).build();
    Series s = series(p("a", "facebook", "likes", DAY, 1), p("b", "instagram", "likes", DAY, 2),
        p("b", "facebook", "likes", DAY, 4));
    assertEquals(Map.of("a", 1.0, "b", 6.0), perAccount.measure(s, DAY));
    assertEquals(Map.of("", 5.0), ThresholdRule.builder("r", "likes").totalAtOrAbove(1, 1).platform("facebook")
        .build().measure(s, DAY));
    assertEquals(Map.of("", 6.0), ThresholdRule.builder("r", "likes").totalAtOrAbove(1, 1).account("b")
        .build().measure(s, DAY));
  }

  @Test
  void the_query_covers_one_period_or_two_and_carries_the_filters() {
    ThresholdRule total = ThresholdRule.builder("r", "likes").totalAtOrAbove(7, 1).platform("facebook").account("a")
        .build();
    assertEquals(new SeriesQuery("loc", "a", "facebook", "likes", DAY.minusDays(6), DAY), total.query("loc", DAY));
    ThresholdRule change = ThresholdRule.builder("r", "likes").changeAtOrAbove(7, 1).build();
    assertEquals(new SeriesQuery("loc", null, null, "likes", DAY.minusDays(13), DAY), change.query("loc", DAY));
    ThresholdRule daily = ThresholdRule.builder("r", "likes").totalAtOrAbove(1, 1).build();
    assertEquals(DAY, daily.query("loc", DAY).from());
  }

  @Test
  void a_rule_watches_its_locations_or_all_and_names_its_state() {
    ThresholdRule some = ThresholdRule.builder("r", "m").totalAtOrAbove(1, 1).locations(Set.of("x")).build();
    assertTrue(some.watches("x"));
    assertFalse(some.watches("y"));
    assertTrue(ThresholdRule.builder("r", "m").totalAtOrAbove(1, 1).build().watches("y"));
    assertEquals("threshold:r", some.stateRule());
    List<String> ids = new ArrayList<>(List.of("x"));
    ThresholdRule copied = ThresholdRule.builder("r", "m").totalAtOrAbove(1, 1).locations(Set.copyOf(ids)).build();
    assertEquals(Set.of("x"), copied.locations());
  }
}
