package io.github.ghlplezi.connector.config;

import io.github.ghlplezi.sync.stats.Condition;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * One condition of a segment rule: an aggregate at least, or below, a threshold.
 *
 * @param aggregate the aggregate's name ({@code statistics.aggregates[].name})
 * @param atLeast the value holds when the aggregate is at least this (included)
 * @param below the value holds when the aggregate is below this (excluded)
 */
public record SegmentConditionConfig(
    @ConfigDoc(value = "Aggregate name", defaultValue = "required")
    @NotNull String aggregate,
    @ConfigDoc("Holds when the aggregate is at least this (included)")
    Double atLeast,
    @ConfigDoc("Holds when the aggregate is below this (excluded)")
    Double below) {

  /** @return whether exactly one comparison is given */
  @AssertTrue(message = "give exactly one of `atLeast` and `below`")
  public boolean isOneComparison() {
    return (atLeast == null) != (below == null);
  }

  /** @return the engine's condition */
  Condition toCondition() {
    return atLeast != null ? new Condition.AtLeast(aggregate, atLeast) : new Condition.Below(aggregate, below);
  }
}
