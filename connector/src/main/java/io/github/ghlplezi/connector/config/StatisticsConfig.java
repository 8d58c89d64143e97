package io.github.ghlplezi.connector.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the statistics job computes besides keeping the history.
 *
 * @param aggregates the aggregates, written to Plezi fields and used by segment rules
 */
public record StatisticsConfig(
    @ConfigDoc("Aggregates computed after each statistics snapshot")
    List<@NotNull @Valid AggregateConfig> aggregates) {

  /** Fills defaults. */
  public StatisticsConfig {
    aggregates = Copies.list(aggregates);
  }

  /** @return whether every aggregate has its own name */
  @AssertTrue(message = "aggregate names must be distinct")
  public boolean isNamesDistinct() {
    Set<String> seen = new HashSet<>();
    return aggregates.stream().filter(Objects::nonNull).map(AggregateConfig::name).filter(Objects::nonNull)
        .allMatch(seen::add);
  }
}
