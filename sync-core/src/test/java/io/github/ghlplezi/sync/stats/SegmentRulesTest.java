package io.github.ghlplezi.sync.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.stats.Condition.AtLeast;
import io.github.ghlplezi.sync.stats.Condition.Below;
import io.github.ghlplezi.sync.stats.Condition.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {

  private static final Map<String, Set<String>> OPTIONS = Map.of(
      "engagement_tier", Set.of("high", "medium", "low"),
      "audience_flags", Set.of("vip", "growing"));
  private static final Set<String> AGGREGATES = Set.of("engagement_7d", "engagement_wow");

  private static SegmentField tiers() {
    return SegmentField.dropdown("engagement_tier",
        SegmentRule.when("high", new AtLeast("engagement_7d", 500)),
        SegmentRule.when("medium", new AtLeast("engagement_7d", 100), new Below("engagement_7d", 500)),
        SegmentRule.when("low", new Below("engagement_7d", 100)));
  }

  @Test
  void a_dropdown_takes_the_one_value_whose_rule_holds_including_an_or_on_week_over_week() {
    SegmentField field = SegmentField.dropdown("engagement_tier",
        SegmentRule.when("high", new AtLeast("engagement_7d", 500))
            .or(new Below("engagement_7d", 500), new AtLeast("engagement_wow", 20)),
        SegmentRule.when("low", new Below("engagement_7d", 500), new Below("engagement_wow", 20)));
    SegmentRules rules = SegmentRules.load(List.of(field), OPTIONS, AGGREGATES);

    assertEquals(List.of("high"), rules.evaluate(Map.of("engagement_7d", 600.0, "engagement_wow", -5.0), Set.of())
        .get("engagement_tier"));
    assertEquals(List.of("high"), rules.evaluate(Map.of("engagement_7d", 120.0, "engagement_wow", 25.0), Set.of())
        .get("engagement_tier"));
    assertEquals(List.of("low"), rules.evaluate(Map.of("engagement_7d", 120.0, "engagement_wow", 19.99), Set.of())
        .get("engagement_tier"));
    assertEquals(List.of(), rules.evaluate(Map.of("engagement_7d", 120.0), Set.of()).get("engagement_tier"),
        "week-over-week undefined: no rule holds, nothing is written");
  }

  @Test
  void thresholds_include_their_lower_bound() {
    SegmentRules rules = SegmentRules.load(List.of(tiers()), OPTIONS, AGGREGATES);

    assertEquals(List.of("medium"), rules.evaluate(Map.of("engagement_7d", 100.0), Set.of()).get("engagement_tier"));
    assertEquals(List.of("high"), rules.evaluate(Map.of("engagement_7d", 500.0), Set.of()).get("engagement_tier"));
    assertEquals(List.of("low"), rules.evaluate(Map.of("engagement_7d", 99.9), Set.of()).get("engagement_tier"));
  }

  @Test
  void a_multi_select_takes_every_value_whose_rule_holds_over_tags_and_aggregates() {
    SegmentField flags = new SegmentField("audience_flags", true, List.of(
        SegmentRule.when("vip", new Tag("vip-client", true)),
        SegmentRule.when("growing", new AtLeast("engagement_wow", 10))), java.util.Optional.empty());
    SegmentRules rules = SegmentRules.load(List.of(flags), OPTIONS, AGGREGATES);

    assertEquals(List.of("vip", "growing"), rules.evaluate(Map.of("engagement_wow", 12.0), Set.of("vip-client"))
        .get("audience_flags"));
    assertEquals(List.of(), rules.evaluate(Map.of("engagement_wow", 2.0), Set.of()).get("audience_flags"));
  }

  @Test
  void loading_reports_every_problem_at_once() {
    SegmentField overlapAndGap = SegmentField.dropdown("engagement_tier",
        SegmentRule.when("high", new AtLeast("engagement_7d", 400)),
        SegmentRule.when("medium", new AtLeast("engagement_7d", 100), new Below("engagement_7d", 500)),
        SegmentRule.when("lowest", new Below("engagement_7d", 50)),
        SegmentRule.when("low", new AtLeast("reach_7d", 1)));
    SegmentField unknown = SegmentField.dropdown("no_such_field", SegmentRule.when("x"));

    SegmentRulesException e = assertThrows(SegmentRulesException.class,
        () -> SegmentRules.load(List.of(overlapAndGap, unknown), OPTIONS, AGGREGATES));

    List<String> p = e.problems();
    assertEquals("field engagement_tier: value lowest is not among its options [high, low, medium]", p.get(0));
    assertEquals("field engagement_tier, value low: unknown aggregate reach_7d", p.get(1));
    assertTrue(p.contains("field engagement_tier: gap, no value applies when engagement_7d = 50.0, reach_7d = 0.0"), p.toString());
    assertTrue(p.contains("field engagement_tier: values [high, medium] overlap when engagement_7d = 400.0, reach_7d = 0.0"),
        p.toString());
    assertEquals("unknown field no_such_field", p.get(p.size() - 1));
    assertTrue(e.getMessage().startsWith(p.size() + " problem(s)"));
  }

  @Test
  void aggregates_sum_this_week_and_last_week_and_give_the_change_and_the_update_date() {
    LocalDate day = LocalDate.of(2026, 5, 14);
    List<StatPoint> points = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      points.add(new StatPoint("l", "a", "facebook", "likes", day.minusDays(i), i < 7 ? 30 : 20));
      points.add(new StatPoint("l", "a", "facebook", "impressions", day.minusDays(i), 1000));
    }
    Series series = new Series(SeriesQuery.of("l", day.minusDays(13), day), points);

    assertEquals(210.0, new AggregateSpec("e", AggregateSpec.Kind.SUM_7_DAYS, Set.of("likes"), null)
        .compute(series, day).orElseThrow());
    assertEquals(140.0, new AggregateSpec("p", AggregateSpec.Kind.SUM_PREVIOUS_7_DAYS, Set.of("likes"), null)
        .compute(series, day).orElseThrow());
    assertEquals(50.0, new AggregateSpec("w", AggregateSpec.Kind.WEEK_OVER_WEEK_PERCENT, Set.of("likes"), null)
        .compute(series, day).orElseThrow(), 1e-9);
    assertEquals((double) day.toEpochDay(), new AggregateSpec("u", AggregateSpec.Kind.LAST_UPDATE, Set.of(), null)
        .compute(series, day).orElseThrow());
  }
}
