package io.github.ghlplezi.sync.alert;

import io.github.ghlplezi.sync.stats.Series;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.StatPoint;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A threshold over one metric of the statistics series, for some or all locations. Validated at
 * construction, with every problem reported at once ({@link AlertRuleException}); its evaluation
 * ({@link #measure}, {@link #crossed}, {@link #cleared}) is pure.
 *
 * <p>The value is, for the {@code periodDays} days ending on the location's last read day, either
 * the metric's {@link Measure#TOTAL total} or its {@link Measure#CHANGE_PERCENT change in percent}
 * against the {@code periodDays} days before ({@code periodDays = 7}: week over week). It is
 * crossed when it is at or above ({@link Direction#AT_OR_ABOVE}) or at or below
 * ({@link Direction#AT_OR_BELOW}) the threshold. After firing, the rule re-arms only once the value
 * is back past the threshold by more than {@code hysteresis} and at least {@code cooldown} after it
 * fired.
 *
 * @param id the rule's name, unique among the rules ({@code [a-z0-9][a-z0-9_.-]*}, at most 64 characters)
 * @param metric the metric, e.g. {@code impressions}
 * @param platform only this platform, or every platform
 * @param accountId only this account, or every account
 * @param perAccount each account of the location on its own (its own state, its own alerts); else summed
 * @param locations the locations it watches; empty: every location evaluated
 * @param measure what is compared with the threshold
 * @param periodDays the days summed per period, 1 to 366
 * @param direction which side of the threshold is an alert
 * @param threshold the threshold (a count, or percent for {@link Measure#CHANGE_PERCENT})
 * @param hysteresis how far back past the threshold the value must come to re-arm; {@code >= 0}
 * @param cooldown the shortest time between firing and re-arming; {@code >= 0}
 */
public record ThresholdRule(String id, String metric, Optional<String> platform, Optional<String> accountId,
    boolean perAccount, Set<String> locations, Measure measure, int periodDays, Direction direction, double threshold,
    double hysteresis, Duration cooldown) {

  /** The prefix of a threshold rule's {@link AlertState#rule()}. */
  public static final String STATE_PREFIX = "threshold:";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

  /** What a rule compares with its threshold. */
  public enum Measure {
    /** The metric's sum over the period. */
    TOTAL,
    /** The change of that sum, in percent, against the period before; undefined when the period before sums to 0. */
    CHANGE_PERCENT
  }

  /** Which side of the threshold is an alert. */
  public enum Direction {
    /** The value is at or above the threshold. */
    AT_OR_ABOVE,
    /** The value is at or below the threshold. */
    AT_OR_BELOW
  }

  /**
   * Validates the rule.
   *
   * @param id the rule's name
   * @param metric the metric
   * @param platform only this platform, or every platform
   * @param accountId only this account, or every account
   * @param perAccount each account on its own
   * @param locations the locations it watches; empty: all
   * @param measure what is compared
   * @param periodDays the days per period
   * @param direction which side is an alert
   * @param threshold the threshold
   * @param hysteresis the distance back past the threshold that re-arms
   * @param cooldown the shortest time between firing and re-arming
   * @throws AlertRuleException listing every problem
   */
  public ThresholdRule {
    List<String> problems = problems(id, metric, platform, accountId, perAccount, locations, measure, periodDays,
        direction, threshold, hysteresis, cooldown);
    if (!problems.isEmpty()) {
      throw new AlertRuleException(problems);
    }
    locations = Set.copyOf(locations);
  }

  static List<String> problems(String id, String metric, Optional<String> platform, Optional<String> accountId,
      boolean perAccount, Set<String> locations, Measure measure, int periodDays, Direction direction,
      double threshold, double hysteresis, Duration cooldown) {
    List<String> problems = new ArrayList<>();
    String name = "rule " + (id == null ? "(no id)" : id);
    if (id == null || !ID.matcher(id).matches()) {
      problems.add(name + ": id must match " + ID.pattern());
    }
    if (metric == null || metric.isBlank()) {
      problems.add(name + ": metric is required");
    }
    if (platform == null || platform.filter(String::isBlank).isPresent()) {
      problems.add(name + ": platform must be absent or not blank");
    }
    if (accountId == null || accountId.filter(String::isBlank).isPresent()) {
      problems.add(name + ": accountId must be absent or not blank");
    } else if (perAccount && accountId.isPresent()) {
      problems.add(name + ": perAccount and accountId exclude each other (one account is already on its own)");
    }
    if (locations == null || locations.stream().anyMatch(l -> l == null || l.isBlank())) {
      problems.add(name + ": locations must be ids (empty for all locations)");
    }
    if (measure == null) {
      problems.add(name + ": measure is required");
    }
    if (periodDays < 1 || periodDays > 366) {
      problems.add(name + ": periodDays must be 1 to 366, was " + periodDays);
    }
    if (direction == null) {
      problems.add(name + ": direction is required");
    }
    if (!Double.isFinite(threshold)) {
      problems.add(name + ": threshold must be a finite number");
    } else if (measure == Measure.CHANGE_PERCENT && direction == Direction.AT_OR_BELOW && threshold < -100) {
      problems.add(name + ": a change cannot fall below -100 %, so threshold " + threshold + " never fires");
    }
    if (!Double.isFinite(hysteresis) || hysteresis < 0) {
      problems.add(name + ": hysteresis must be >= 0, was " + hysteresis);
    }
    if (cooldown == null || cooldown.isNegative()) {
      problems.add(name + ": cooldown must be >= 0, was " + cooldown);
    }
    return problems;
  }

  /**
   * A builder; every setting but the id and the metric has a default.
   *
   * @param id the rule's name
   * @param metric the metric
   * @return the builder
   */
  public static Builder builder(String id, String metric) {
    return new Builder(id, metric);
  }

  /**
   * The rule's name in the alert state ({@code threshold:<id>}).
   *
   * @return the state's rule
   */
  public String stateRule() {
    return STATE_PREFIX + id;
  }

  /**
   * Whether the rule watches a location.
   *
   * @param locationId the location
   * @return whether it is listed, or the rule watches all
   */
  public boolean watches(String locationId) {
    return locations.isEmpty() || locations.contains(locationId);
  }

  /**
   * The days {@link #measure} needs, ending on {@code day}.
   *
   * @param locationId the location
   * @param day the reference day (the last day read)
   * @return the query: one or two periods, this rule's metric and filters
   */
  public SeriesQuery query(String locationId, LocalDate day) {
    int span = measure == Measure.CHANGE_PERCENT ? 2 * periodDays : periodDays;
    SeriesQuery q = SeriesQuery.of(locationId, day.minusDays(span - 1L), day).metric(metric);
    q = platform.map(q::platform).orElse(q);
    return accountId.map(q::account).orElse(q);
  }

  /**
   * The value per account ({@code ""} for the location as a whole unless {@link #perAccount()}); an
   * account or location without any point in the days measured has no value, nor has a change against
   * a previous period that sums to 0.
   *
   * @param series the location's points (at least those of {@link #query})
   * @param day the reference day
   * @return the values by account, in account order
   */
  public Map<String, Double> measure(Series series, LocalDate day) {
    LocalDate currentFrom = day.minusDays(periodDays - 1L);
    LocalDate previousFrom = currentFrom.minusDays(periodDays);
    Map<String, double[]> sums = new TreeMap<>();
    for (StatPoint p : series.points()) {
      if (!p.metric().equals(metric) || platform.filter(x -> !x.equals(p.platform())).isPresent()
          || accountId.filter(x -> !x.equals(p.accountId())).isPresent() || p.day().isAfter(day)) {
        continue;
      }
      int slot;
      if (!p.day().isBefore(currentFrom)) {
        slot = 0;
      } else if (measure == Measure.CHANGE_PERCENT && !p.day().isBefore(previousFrom)) {
        slot = 1;
      } else {
        continue;
      }
      sums.computeIfAbsent(perAccount ? p.accountId() : "", k -> new double[2])[slot] += p.value();
    }
    Map<String, Double> out = new TreeMap<>();
    sums.forEach((account, sum) -> {
      if (measure == Measure.TOTAL) {
        out.put(account, sum[0]);
      } else if (sum[1] != 0) {
        out.put(account, (sum[0] - sum[1]) * 100 / sum[1]);
      }
    });
    return out;
  }

  /**
   * Whether a value is past the threshold.
   *
   * @param value a value of {@link #measure}
   * @return at or above (or at or below) the threshold
   */
  public boolean crossed(double value) {
    return direction == Direction.AT_OR_ABOVE ? value >= threshold : value <= threshold;
  }

  /**
   * Whether a value is back past the threshold by more than the hysteresis (re-arms a fired rule once the cooldown passed).
   *
   * @param value a value of {@link #measure}
   * @return below {@code threshold - hysteresis} (or above {@code threshold + hysteresis})
   */
  public boolean cleared(double value) {
    return direction == Direction.AT_OR_ABOVE ? value < threshold - hysteresis : value > threshold + hysteresis;
  }

  /** Builds a {@link ThresholdRule}; {@link #problems()} checks without throwing. */
  public static final class Builder {
    private final String id;
    private final String metric;
    private Optional<String> platform = Optional.empty();
    private Optional<String> accountId = Optional.empty();
    private boolean perAccount;
    private Set<String> locations = Set.of();
    private Measure measure = Measure.TOTAL;
    private int periodDays = 1;
    private Direction direction = Direction.AT_OR_ABOVE;
    private double threshold = Double.NaN;
    private double hysteresis;
    private Duration cooldown = Duration.ZERO;

    private Builder(String id, String metric) {
      this.id = id;
      this.metric = metric;
    }

    /**
     * Only one platform.
     *
     * @param value the platform, e.g. {@code facebook}
     * @return this builder
     */
    public Builder platform(String value) {
      this.platform = Optional.ofNullable(value);
      return this;
    }

    /**
     * Only one account.
     *
     * @param value the account id
     * @return this builder
     */
    public Builder account(String value) {
      this.accountId = Optional.ofNullable(value);
      return this;
    }

    /**
     * Each account on its own (default: the location's accounts summed).
     *
     * @param value whether each account has its own state and alerts
     * @return this builder
     */
    public Builder perAccount(boolean value) {
      this.perAccount = value;
      return this;
    }

    /**
     * The locations watched (default: every location evaluated).
     *
     * @param value the location ids
     * @return this builder
     */
    public Builder locations(Set<String> value) {
      this.locations = value;
      return this;
    }

    /**
     * Alert when the period's total is at or above a threshold.
     *
     * @param days the days per period
     * @param value the threshold
     * @return this builder
     */
    public Builder totalAtOrAbove(int days, double value) {
      return set(Measure.TOTAL, days, Direction.AT_OR_ABOVE, value);
    }

    /**
     * Alert when the period's total is at or below a threshold.
     *
     * @param days the days per period
     * @param value the threshold
     * @return this builder
     */
    public Builder totalAtOrBelow(int days, double value) {
      return set(Measure.TOTAL, days, Direction.AT_OR_BELOW, value);
    }

    /**
     * Alert when the change against the previous period, in percent, is at or above a threshold.
     *
     * @param days the days per period (7: week over week)
     * @param percent the threshold, e.g. {@code 50}
     * @return this builder
     */
    public Builder changeAtOrAbove(int days, double percent) {
      return set(Measure.CHANGE_PERCENT, days, Direction.AT_OR_ABOVE, percent);
    }

    /**
     * Alert when the change against the previous period, in percent, is at or below a threshold.
     *
     * @param days the days per period (7: week over week)
     * @param percent the threshold, e.g. {@code -30}
     * @return this builder
     */
    public Builder changeAtOrBelow(int days, double percent) {
      return set(Measure.CHANGE_PERCENT, days, Direction.AT_OR_BELOW, percent);
    }

    /**
     * Sets measure, period, direction and threshold at once.
     *
     * @param measureValue what is compared
     * @param days the days per period
     * @param directionValue which side is an alert
     * @param value the threshold
     * @return this builder
     */
    public Builder set(Measure measureValue, int days, Direction directionValue, double value) {
      this.measure = measureValue;
      this.periodDays = days;
      this.direction = directionValue;
      this.threshold = value;
      return this;
    }

    /**
     * How far back past the threshold the value must come to re-arm (default 0).
     *
     * @param value the distance, in the threshold's unit
     * @return this builder
     */
    public Builder hysteresis(double value) {
      this.hysteresis = value;
      return this;
    }

    /**
     * The shortest time between firing and re-arming (default 0).
     *
     * @param value the cooldown
     * @return this builder
     */
    public Builder cooldown(Duration value) {
      this.cooldown = value;
      return this;
    }

    /**
     * Every problem of the rule as configured so far, without throwing.
     *
     * @return the problems; empty when {@link #build()} succeeds
     */
    public List<String> problems() {
      return ThresholdRule.problems(id, metric, platform, accountId, perAccount, locations, measure, periodDays,
          direction, threshold, hysteresis, cooldown);
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws AlertRuleException listing every problem
     */
    public ThresholdRule build() {
      return new ThresholdRule(id, metric, platform, accountId, perAccount, locations, measure, periodDays, direction,
          threshold, hysteresis, cooldown);
    }
  }

  /**
   * Validates several rules at once: every problem of every rule, and ids used twice.
   *
   * @param builders the rules as configured
   * @return the rules, in order
   * @throws AlertRuleException listing every problem
   */
  public static List<ThresholdRule> buildAll(List<Builder> builders) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Builder b : builders) {
      problems.addAll(b.problems());
      if (b.id != null && !seen.add(b.id)) {
        problems.add("rule " + b.id + ": id used twice");
      }
    }
    if (!problems.isEmpty()) {
      throw new AlertRuleException(problems);
    }
    return builders.stream().map(Builder::build).toList();
  }

  /**
   * Checks that built rules have distinct ids.
   *
   * @param rules the rules
   * @return the rules, in order
   * @throws AlertRuleException naming every id used twice
   */
  static List<ThresholdRule> distinct(List<ThresholdRule> rules) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ThresholdRule r : Objects.requireNonNull(rules, "rules")) {
      if (!seen.add(r.id())) {
        problems.add("rule " + r.id() + ": id used twice");
      }
    }
    if (!problems.isEmpty()) {
      throw new AlertRuleException(problems);
    }
    return List.copyOf(rules);
  }
}
