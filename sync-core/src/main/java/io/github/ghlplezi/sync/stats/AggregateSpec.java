package io.github.ghlplezi.sync.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A configured aggregate of a location's series, written to a Plezi number or date field.
 *
 * @param name the name rules refer to, e.g. {@code engagement_7d}
 * @param kind what is computed
 * @param metrics the metrics summed (all accounts and platforms of the location); empty for {@link Kind#LAST_UPDATE}
 * @param fieldKey the Plezi field that receives the value, or {@code null} when only rules use it
 */
public record AggregateSpec(String name, Kind kind, Set<String> metrics, String fieldKey) {

  /** What an aggregate computes, for a reference day (the last day read). */
  public enum Kind {
    /** Sum over the 7 days ending on the reference day. */
    SUM_7_DAYS,
    /** Sum over the 7 days before those (last week). */
    SUM_PREVIOUS_7_DAYS,
    /** Change in percent of the 7 days against the 7 before; absent when the 7 before sum to 0. */
    WEEK_OVER_WEEK_PERCENT,
    /** The reference day itself (a date field: when the statistics were last updated). */
    LAST_UPDATE
  }

  /**
   * Copies the set and checks the fields.
   *
   * @param name the name rules refer to, e.g. {@code engagement_7d}
   * @param kind what is computed
   * @param metrics the metrics summed (all accounts and platforms of the location); empty for {@link Kind#LAST_UPDATE}
   * @param fieldKey the Plezi field that receives the value, or {@code null} when only rules use it
   */
  public AggregateSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    metrics = Set.copyOf(metrics);
    if (metrics.isEmpty() != (kind == Kind.LAST_UPDATE)) {
      throw new IllegalArgumentException("aggregate " + name + ": " + kind + (kind == Kind.LAST_UPDATE
          ? " takes no metrics" : " needs at least one metric"));
    }
  }

  /**
   * Checks a configuration of aggregates against the metrics the statistics source reports, all at
   * once: every unknown metric is named with the metrics that exist (HighLevel reports no clicks, so
   * an aggregate over {@code clicks} is refused here rather than written as 0 forever), and every
   * name used twice.
   *
   * @param aggregates the configured aggregates
   * @param metrics the metrics the source reports, in the order to list them
   * @return the problems, empty when the configuration is valid
   */
  public static List<String> problems(List<AggregateSpec> aggregates, List<String> metrics) {
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (AggregateSpec a : aggregates) {
      if (!names.add(a.name())) {
        problems.add("aggregate " + a.name() + " is configured twice");
      }
      a.metrics().stream().filter(m -> !metrics.contains(m)).sorted().forEach(m -> problems.add("aggregate "
          + a.name() + ": unknown metric '" + m + "'; the statistics source reports " + String.join(", ", metrics)));
    }
    return List.copyOf(problems);
  }

  /**
   * Computes the aggregate.
   *
   * @param series the location's points (at least the 14 days ending on {@code day})
   * @param day the reference day
   * @return the value (a number; for {@link Kind#LAST_UPDATE} the epoch day), empty when undefined
   */
  public Optional<Double> compute(Series series, LocalDate day) {
    double current = sum(series, day.minusDays(6), day);
    double previous = sum(series, day.minusDays(13), day.minusDays(7));
    return switch (kind) {
      case SUM_7_DAYS -> Optional.of(current);
      case SUM_PREVIOUS_7_DAYS -> Optional.of(previous);
      case WEEK_OVER_WEEK_PERCENT -> previous == 0 ? Optional.empty() : Optional.of((current - previous) * 100 / previous);
      case LAST_UPDATE -> Optional.of((double) day.toEpochDay());
    };
  }

  private double sum(Series series, LocalDate from, LocalDate to) {
    return series.points().stream().filter(p -> metrics.contains(p.metric()))
        .filter(p -> !p.day().isBefore(from) && !p.day().isAfter(to)).mapToDouble(StatPoint::value).sum();
  }
}
