package io.github.ghlplezi.connector.config;

import io.github.ghlplezi.sync.stats.Condition;
import io.github.ghlplezi.sync.stats.SegmentRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A value of a segment field and when it applies: when every condition of {@code when} holds, or
 * every condition of one of the {@code or} groups.
 *
 * @param value the option written when the rule applies
 * @param when conditions that must all hold
 * @param or further groups of conditions, any of which also makes the rule apply
 */
public record SegmentRuleConfig(
    @ConfigDoc(value = "The option written (one of the field's `options`)", defaultValue = "required")
    @NotNull @Pattern(regexp = "\\S+", message = "must not be blank") String value,
    @ConfigDoc(value = "Conditions that must all hold", defaultValue = "required")
    @NotEmpty List<@NotNull @Valid SegmentConditionConfig> when,
    @ConfigDoc("Further groups of conditions, each a list like `when`; the rule also applies when every"
        + " condition of one group holds")
    List<@NotEmpty List<@NotNull @Valid SegmentConditionConfig>> or) {

  /** Fills defaults. */
  public SegmentRuleConfig {
    when = Copies.list(when);
    or = Copies.list(or);
  }

  /** @return the engine's rule */
  SegmentRule toRule() {
    List<List<Condition>> groups = new ArrayList<>();
    groups.add(when.stream().map(SegmentConditionConfig::toCondition).toList());
    or.forEach(group -> groups.add(group.stream().map(SegmentConditionConfig::toCondition).toList()));
    return new SegmentRule(value, groups);
  }
}
