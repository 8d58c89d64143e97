package io.github.ghlplezi.sync.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A value of a segment field and when it applies: any of several groups, each a list of conditions
 * that must all hold. {@code SegmentRule.when("high", new AtLeast("engagement_7d", 500)).or(new
 * AtLeast("engagement_wow", 20))} reads "high when engagement ≥ 500 or week-over-week ≥ +20 %".
 *
 * @param value the option written when the rule applies
 * @param anyOf the groups, at least one
 */
public record SegmentRule(String value, List<List<Condition>> anyOf) {

  /**
   * Copies the groups and checks them.
   *
   * @param value the option written when the rule applies
   * @param anyOf the groups, at least one
   */
  public SegmentRule {
    Objects.requireNonNull(value, "value");
    anyOf = anyOf.stream().map(List::copyOf).toList();
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("rule for " + value + " has no condition");
    }
  }

  /**
   * @param value the option
   * @param allOf conditions that must all hold (none: always)
   * @return the rule
   */
  public static SegmentRule when(String value, Condition... allOf) {
    return new SegmentRule(value, List.of(List.of(allOf)));
  }

  /**
   * @param allOf another group of conditions that must all hold
   * @return this rule, also applying when that group holds
   */
  public SegmentRule or(Condition... allOf) {
    List<List<Condition>> groups = new ArrayList<>(anyOf);
    groups.add(List.of(allOf));
    return new SegmentRule(value, groups);
  }

  /**
   * @param aggregates the location's aggregate values
   * @param tags the location's tag options
   * @return whether the rule applies
   */
  public boolean applies(Map<String, Double> aggregates, Set<String> tags) {
    return anyOf.stream().anyMatch(group -> group.stream().allMatch(c -> c.test(aggregates, tags)));
  }
}
