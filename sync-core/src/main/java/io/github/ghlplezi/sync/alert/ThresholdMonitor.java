package io.github.ghlplezi.sync.alert;

import io.github.ghlplezi.sync.stats.Series;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Evaluates {@link ThresholdRule}s over the statistics history and fires each crossing once: the
 * value of every rule that watches a location is measured on the location's last read day, the
 * subject's {@link AlertState} advances through the {@link AlertStore}'s compare-and-set, and only the
 * process whose compare-and-set stored the firing (with the alert, as pending delivery) hands the
 * alert to the {@link AlertDispatcher}.
 * Several replicas may evaluate the same locations at the same time, and a restarted process goes on
 * from the stored state.
 *
 * <p>Call {@link #evaluate(Collection)} after each statistics collection (or on any schedule):
 * evaluating again without new data fires nothing.
 *
 * <p>The alert key is {@code threshold:<rule>:<location>[:<account>]:<crossing>}.
 */
public final class ThresholdMonitor {

  private final List<ThresholdRule> rules;
  private final StatisticsStore statistics;
  private final AlertStore store;
  private final AlertDispatcher dispatcher;
  private final Clock clock;

  /**
   * A monitor.
   *
   * @param rules the rules (distinct ids)
   * @param statistics the statistics history
   * @param store the alert state, shared by replicas
   * @param dispatcher where fired alerts go
   * @param clock the evaluation time (the cooldown, the alerts' time)
   * @throws AlertRuleException when two rules share an id
   */
  public ThresholdMonitor(List<ThresholdRule> rules, StatisticsStore statistics, AlertStore store,
      AlertDispatcher dispatcher, Clock clock) {
    this.rules = ThresholdRule.distinct(rules);
    this.statistics = Objects.requireNonNull(statistics, "statistics");
    this.store = Objects.requireNonNull(store, "store");
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The rules.
   *
   * @return the rules, in order
   */
  public List<ThresholdRule> rules() {
    return rules;
  }

  /**
   * Evaluates every rule for some locations, one after another, after delivering the alerts a
   * process that died mid-delivery left pending ({@link AlertDispatcher#recoverPending()}).
   *
   * @param locationIds the locations
   * @return the alerts this call fired (and dispatched), in order
   */
  public List<Alert> evaluate(Collection<String> locationIds) {
    dispatcher.recoverPending();
    List<Alert> out = new ArrayList<>();
    for (String id : locationIds) {
      out.addAll(evaluate(id));
    }
    return out;
  }

  /**
   * Evaluates every rule that watches a location, on its last read day (nothing before its first read).
   *
   * @param locationId the location
   * @return the alerts this call fired (and dispatched), in order
   */
  public List<Alert> evaluate(String locationId) {
    Optional<LocalDate> day = statistics.lastReadDay(locationId);
    if (day.isEmpty()) {
      return List.of();
    }
    List<Alert> fired = new ArrayList<>();
    for (ThresholdRule rule : rules) {
      if (!rule.watches(locationId)) {
        continue;
      }
      Series series = statistics.series(rule.query(locationId, day.get()));
      for (Map.Entry<String, Double> value : rule.measure(series, day.get()).entrySet()) {
        double v = value.getValue();
        Instant now = clock.instant();
        Optional<Alert> alert = Transitions.advance(store, rule.stateRule(), locationId, value.getKey(),
            rule.crossed(v), rule.cleared(v), OptionalDouble.of(v), now, rule.cooldown(),
            state -> alert(rule, state, v, day.get(), now));
        if (alert.isPresent()) {
          dispatcher.dispatch(alert.get());
          fired.add(alert.get());
        }
      }
    }
    return fired;
  }

  static Alert alert(ThresholdRule rule, AlertState state, double value, LocalDate day, Instant now) {
    String what = rule.measure() == ThresholdRule.Measure.TOTAL
        ? rule.periodDays() + "-day total of " + rule.metric()
        : rule.periodDays() + "-day change of " + rule.metric() + " (%)";
    String side = rule.direction() == ThresholdRule.Direction.AT_OR_ABOVE ? "at or above" : "at or below";
    String scope = (state.accountId().isEmpty() ? "" : " account " + state.accountId())
        + rule.platform().map(p -> " on " + p).orElse("");
    Map<String, String> details = new LinkedHashMap<>();
    details.put("rule", rule.id());
    details.put("metric", rule.metric());
    rule.platform().ifPresent(p -> details.put("platform", p));
    if (!state.accountId().isEmpty()) {
      details.put("accountId", state.accountId());
    }
    rule.accountId().ifPresent(a -> details.put("accountId", a));
    details.put("measure", rule.measure().name());
    details.put("periodDays", Integer.toString(rule.periodDays()));
    details.put("direction", rule.direction().name());
    details.put("threshold", number(rule.threshold()));
    details.put("value", number(value));
    details.put("day", day.toString());
    details.put("crossing", Integer.toString(state.crossings()));
    return new Alert(state.alertKey(), AlertKind.THRESHOLD, state.locationId(), now,
        "Threshold " + rule.id() + ": " + what + " " + side + " " + number(rule.threshold()),
        "Location " + state.locationId() + scope + ": the " + what + " up to " + day + " is " + number(value) + ", "
            + side + " the threshold " + number(rule.threshold()) + " (crossing " + state.crossings() + ").",
        details);
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
