package io.github.ghlplezi.sync.alert;

import static io.github.ghlplezi.sync.alert.Fixtures.DAY0;
import static io.github.ghlplezi.sync.alert.Fixtures.T0;
import static io.github.ghlplezi.sync.alert.Fixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.alert.Fixtures.CollectingSink;
import io.github.ghlplezi.sync.http.ManualTime;
import io.github.ghlplezi.sync.store.InMemoryStatisticsStore;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThresholdMonitorTest {

  private final ManualTime clock = new ManualTime(T0);
  private final InMemoryStatisticsStore stats = new InMemoryStatisticsStore();
  private final InMemoryAlertStore store = new InMemoryAlertStore();
  private final CollectingSink sink = new CollectingSink("collect");
  private final AlertDispatcher dispatcher = AlertDispatcher.builder().store(store).eventLog(new InMemorySyncStore())
      .sink(sink).clock(clock).sleeper(clock).build();

  private ThresholdMonitor monitor(ThresholdRule... rules) {
    return new ThresholdMonitor(List.of(rules), stats, store, dispatcher, clock);
  }

  private LocalDate day = DAY0;

  /** Records the next day's value and evaluates, one hour later. */
  private List<Alert> next(ThresholdMonitor monitor, double value) {
    day = day.plusDays(1);
    clock.advance(Duration.ofHours(1));
    record(stats, "loc", "acc", "reach", day, value);
    return monitor.evaluate(List.of("loc"));
  }

  @Test
  void a_crossing_fires_once_however_often_it_is_evaluated() {
    ThresholdMonitor monitor = monitor(ThresholdRule.builder("high", "reach").totalAtOrAbove(1, 10).build());
    assertEquals(List.of(), next(monitor, 9));
    assertEquals(1, next(monitor, 10).size(), "at the threshold");
    assertEquals(List.of(), monitor.evaluate("loc"));
    assertEquals(List.of(), monitor.evaluate(List.of("loc", "loc")));
    assertEquals(List.of(), next(monitor, 50));
    assertEquals(List.of("threshold:high:loc:1"), sink.keys());
    AlertState state = store.state("threshold:high", "loc", "").orElseThrow();
    assertEquals(OptionalDouble.of(50), state.lastValue(), "the last value is stored");
    assertEquals(AlertState.Status.FIRED, state.status());
  }

  @Test
  void the_hysteresis_keeps_a_value_hovering_at_the_threshold_from_firing_again() {
    ThresholdMonitor monitor = monitor(ThresholdRule.builder("high", "reach").totalAtOrAbove(1, 10).hysteresis(3)
        .build());
    next(monitor, 10);
    next(monitor, 8);
    next(monitor, 11);
    next(monitor, 7);
    assertEquals(List.of("threshold:high:loc:1"), sink.keys(), "7 is exactly 10 - 3: not past the hysteresis");
    next(monitor, 6.9);
    next(monitor, 10);
    assertEquals(List.of("threshold:high:loc:1", "threshold:high:loc:2"), sink.keys());
  }

  @Test
  void the_cooldown_holds_re_arming_so_a_flapping_value_alerts_at_most_once_per_cooldown() {
    ThresholdMonitor monitor = monitor(ThresholdRule.builder("high", "reach").totalAtOrAbove(1, 10)
        .cooldown(Duration.ofHours(3)).build());
    next(monitor, 20);   // fires at +1 h
    next(monitor, 1);    // +2 h: back, but cooling down
    next(monitor, 20);   // +3 h: still fired
    next(monitor, 1);    // +4 h: 3 h after firing, re-arms
    assertEquals(1, sink.received.size());
    next(monitor, 20);   // +5 h: fires again
    assertEquals(List.of("threshold:high:loc:1", "threshold:high:loc:2"), sink.keys());
  }

  @Test
  void the_alert_says_what_crossed_with_its_details() {
    ThresholdMonitor monitor = monitor(ThresholdRule.builder("wow-drop", "reach").changeAtOrBelow(1, -50)
        .platform("facebook").build());
    next(monitor, 100);
    next(monitor, 40);
    Alert alert = sink.received.get(0);
    assertEquals("threshold:wow-drop:loc:1", alert.key());
    assertEquals(AlertKind.THRESHOLD, alert.kind());
    assertEquals("loc", alert.locationId());
    assertEquals(T0.plus(Duration.ofHours(2)), alert.raisedAt());
    assertEquals("Threshold wow-drop: 1-day change of reach (%) at or below -50", alert.title());
    assertEquals("Location loc on facebook: the 1-day change of reach (%) up to 2026-03-03 is -60, at or below the"
        + " threshold -50 (crossing 1).", alert.message());
    assertEquals(Map.of("rule", "wow-drop", "metric", "reach", "platform", "facebook", "measure", "CHANGE_PERCENT",
        "periodDays", "1", "direction", "AT_OR_BELOW", "threshold", "-50", "value", "-60", "day", "2026-03-03",
        "crossing", "1"), alert.details());
  }

  @Test
  void per_account_rules_fire_per_account_with_the_account_in_the_key() {
    ThresholdMonitor monitor = monitor(ThresholdRule.builder("acc-high", "reach").totalAtOrAbove(1, 10)
        .perAccount(true).build());
    LocalDate d = DAY0.plusDays(1);
    record(stats, "loc", "a1", "reach", d, 12);
    record(stats, "loc", "a2", "reach", d, 5);
    monitor.evaluate("loc");
    assertEquals(List.of("threshold:acc-high:loc:a1:1"), sink.keys());
    Alert alert = sink.received.get(0);
    assertEquals("a1", alert.details().get("accountId"));
    assertTrue(alert.message().startsWith("Location loc account a1: the 1-day total of reach up to 2026-03-02 is 12,"),
        alert.message());
    assertEquals(Optional.of(OptionalDouble.of(5)), store.state("threshold:acc-high", "loc", "a2")
        .map(AlertState::lastValue));
  }

  @Test
  void a_rule_only_watches_its_locations_and_nothing_is_evaluated_before_a_first_read() {
    ThresholdMonitor monitor = monitor(ThresholdRule.builder("only-x", "reach").totalAtOrAbove(1, 1)
        .locations(Set.of("x")).build());
    assertEquals(List.of(), monitor.evaluate("never-read"));
    record(stats, "loc", "acc", "reach", DAY0, 100);
    assertEquals(List.of(), monitor.evaluate("loc"));
    record(stats, "x", "acc", "reach", DAY0, 100);
    assertEquals(1, monitor.evaluate("x").size());
    assertEquals(List.of(), store.states().stream().filter(s -> !s.locationId().equals("x")).toList());
  }

  @Test
  void two_rules_with_one_id_are_refused() {
    ThresholdRule a = ThresholdRule.builder("same", "reach").totalAtOrAbove(1, 1).build();
    assertThrows(AlertRuleException.class, () -> monitor(a, a));
    assertEquals(List.of(a), monitor(a).rules());
  }

  @Test
  void a_replica_that_loses_the_race_reads_again_and_does_not_fire_the_crossing_twice() {
    ThresholdRule rule = ThresholdRule.builder("high", "reach").totalAtOrAbove(1, 10).build();
    record(stats, "loc", "acc", "reach", DAY0, 20);
    // the other replica fires this crossing between this replica's read and its compare-and-set
    AlertStore racing = new RacingStore(store, () -> store.compareAndSet(AlertState.initial("threshold:high", "loc",
        "", T0).next(true, false, OptionalDouble.of(20), T0, Duration.ZERO)));

    List<Alert> fired = new ThresholdMonitor(List.of(rule), stats, racing, dispatcher, clock).evaluate("loc");

    assertEquals(List.of(), fired);
    assertEquals(List.of(), sink.keys());
    assertEquals(1, store.state("threshold:high", "loc", "").orElseThrow().crossings());
  }

  @Test
  void a_state_that_keeps_changing_is_left_for_the_next_evaluation() {
    ThresholdRule rule = ThresholdRule.builder("high", "reach").totalAtOrAbove(1, 10).build();
    record(stats, "loc", "acc", "reach", DAY0, 20);
    AlertStore alwaysLoses = new RacingStore(store, () -> { }) {
      @Override
      public boolean fire(AlertState next, Alert alert, Instant now) {
        attempts++;
        return false;
      }
    };

    assertEquals(List.of(), new ThresholdMonitor(List.of(rule), stats, alwaysLoses, dispatcher, clock)
        .evaluate("loc"));
    assertEquals(Transitions.MAX_RACES, ((RacingStore) alwaysLoses).attempts);
  }

  /** Runs a competing write once, just before the first compare-and-set or firing, then behaves like its delegate. */
  static class RacingStore implements AlertStore {
    private final AlertStore delegate;
    private Runnable competitor;
    int attempts;

    RacingStore(AlertStore delegate, Runnable competitor) {
      this.delegate = delegate;
      this.competitor = competitor;
    }

    @Override
    public Optional<AlertState> state(String rule, String locationId, String accountId) {
      return delegate.state(rule, locationId, accountId);
    }

    @Override
    public List<AlertState> states() {
      return delegate.states();
    }

    @Override
    public boolean compareAndSet(AlertState next) {
      attempts++;
      if (competitor != null) {
        competitor.run();
        competitor = null;
      }
      return delegate.compareAndSet(next);
    }

    @Override
    public boolean fire(AlertState next, Alert alert, Instant now) {
      attempts++;
      if (competitor != null) {
        competitor.run();
        competitor = null;
      }
      return delegate.fire(next, alert, now);
    }

    @Override
    public void settle(String alertKey) {
      delegate.settle(alertKey);
    }

    @Override
    public List<Alert> claimPending(Instant staleBefore, Instant now) {
      return delegate.claimPending(staleBefore, now);
    }

    @Override
    public AlertDeadLetter addDeadLetter(AlertDeadLetter letter) {
      return delegate.addDeadLetter(letter);
    }

    @Override
    public List<AlertDeadLetter> deadLetters() {
      return delegate.deadLetters();
    }

    @Override
    public boolean recordReplay(long id, boolean delivered, String error, Instant at) {
      return delegate.recordReplay(id, delivered, error, at);
    }
  }
}
