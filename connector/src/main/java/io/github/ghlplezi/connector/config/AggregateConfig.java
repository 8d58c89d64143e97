package io.github.ghlplezi.connector.config;

import io.github.ghlplezi.sync.stats.AggregateSpec;
import io.github.ghlplezi.sync.stats.AggregateSpec.Kind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One aggregate of a location's statistics, computed after each statistics snapshot and, with a
 * {@code field}, written to that Plezi number or date field through the delivery ledger.
 *
 * @param name the name segment rules refer to
 * @param kind what is computed
 * @param metrics the metrics summed over every account and platform of the location
 * @param field the Plezi field that receives the value, {@code null} when only segment rules use it
 */
public record AggregateConfig(
    @ConfigDoc(value = "Name segment rules refer to (lower-case letters, digits, `_`)", defaultValue = "required")
    @NotNull @Pattern(regexp = "[a-z][a-z0-9_]{0,63}", message = "lower-case letters, digits, `_`, at most 64")
    String name,
    @ConfigDoc(value = "`SUM_7_DAYS`, `SUM_PREVIOUS_7_DAYS`, `WEEK_OVER_WEEK_PERCENT` or `LAST_UPDATE` (a date)",
        defaultValue = "required")
    @NotNull Kind kind,
    @ConfigDoc(value = "Metrics summed: `impressions`, `likes`, `followers`, `posts` (none for `LAST_UPDATE`)")
    List<@NotNull @Pattern(regexp = "impressions|likes|followers|posts", message = "not a stored metric"
        + " (impressions, likes, followers, posts)") String> metrics,
    @ConfigDoc("Plezi number (or, for `LAST_UPDATE`, date) field that receives the value; none: rules only")
    @Pattern(regexp = "\\S+", message = "must not be blank") String field) {

  /** Fills defaults. */
  public AggregateConfig {
    metrics = Copies.list(metrics);
  }

  /** @return whether the metrics fit the kind */
  @AssertTrue(message = "`LAST_UPDATE` takes no metrics; every other kind needs at least one")
  public boolean isMetricsFitKind() {
    return kind == null || metrics.isEmpty() == (kind == Kind.LAST_UPDATE);
  }

  /** @return the engine's aggregate */
  AggregateSpec toSpec() {
    return new AggregateSpec(name, kind, new LinkedHashSet<>(metrics), field);
  }
}
