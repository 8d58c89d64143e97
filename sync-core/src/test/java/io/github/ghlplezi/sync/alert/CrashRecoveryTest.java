package io.github.ghlplezi.sync.alert;

import static io.github.ghlplezi.sync.alert.Fixtures.DAY0;
import static io.github.ghlplezi.sync.alert.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ghlplezi.sync.alert.Fixtures.CollectingSink;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.http.ManualTime;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import io.github.ghlplezi.sync.store.JdbcStatisticsStore;
import io.github.ghlplezi.sync.store.JdbcSyncStore;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A process that stored a firing and died before the delivery ended does not lose the alert: another
 * process (or the restarted one) delivers it once the claim is stale, exactly once, with the same key.
 */
class CrashRecoveryTest {

  /** Stands for the process being killed in the middle of a delivery: nothing after it runs. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  /** A sink named like the survivors' whose process is killed while it sends. */
  static AlertSink dying() {
    return new AlertSink() {
      @Override
      public String name() {
        return "collect";
      }

      @Override
      public void send(Alert alert) {
        throw new Killed();
      }
    };
  }

  private final ManualTime clock = new ManualTime(T0);
  private final DataSource db = JdbcAlertStoreH2Test.h2("crash-" + UUID.randomUUID());
  private final ThresholdRule rule = ThresholdRule.builder("high", "reach").totalAtOrAbove(1, 10).build();

  private ThresholdMonitor process(AlertSink sink) {
    JdbcAlertStore store = new JdbcAlertStore(db).createSchemaIfMissing();
    AlertDispatcher dispatcher = AlertDispatcher.builder().store(store)
        .eventLog(new JdbcSyncStore(db).createSchemaIfMissing()).sink(sink).clock(clock).sleeper(clock)
        .build();
    return new ThresholdMonitor(List.of(rule), new JdbcStatisticsStore(db).createSchemaIfMissing(), store, dispatcher,
        clock);
  }

  @Test
  void an_alert_whose_process_died_mid_delivery_is_delivered_once_by_another_process() {
    StatisticsStore stats = new JdbcStatisticsStore(db).createSchemaIfMissing();
    Fixtures.record(stats, "loc", "acc", "reach", DAY0, 50);
    AlertSink dying = dying();
    assertThrows(Killed.class, () -> process(dying).evaluate(List.of("loc")));

    CollectingSink sink = new CollectingSink("collect");
    ThresholdMonitor survivor = process(sink);
    survivor.evaluate(List.of("loc"));
    assertEquals(List.of(), sink.keys(), "the crossing is not fired twice, and a fresh claim is left alone");

    clock.advance(AlertDispatcher.DEFAULT_RETRY.deadline().plus(AlertDispatcher.CLAIM_MARGIN));
    survivor.evaluate(List.of("loc"));
    assertEquals(List.of(), sink.keys(), "a claim exactly as old as the limit is still live");

    clock.advance(Duration.ofMillis(1));
    survivor.evaluate(List.of("loc"));
    survivor.evaluate(List.of("loc"));
    process(sink).evaluate(List.of("loc"));
    assertEquals(List.of("threshold:high:loc:1"), sink.keys());
    assertEquals(T0, sink.received.get(0).raisedAt(), "the alert as it was fired");
    assertEquals(1, new JdbcSyncStore(db).events(EventQuery.all().types(EventType.ALERT_RAISED)).size(),
        "recorded once: the dead process had recorded it");
  }

  @Test
  void a_recovered_alert_is_recorded_when_the_dead_process_had_not() {
    JdbcAlertStore store = new JdbcAlertStore(db).createSchemaIfMissing();
    Alert alert = new Alert("threshold:high:loc:1", AlertKind.THRESHOLD, "loc", T0, "t", "m", java.util.Map.of());
    store.fire(AlertState.initial("threshold:high", "loc", "", T0).next(true, false,
        java.util.OptionalDouble.of(50), T0, Duration.ZERO), alert, T0);
    CollectingSink sink = new CollectingSink("collect");
    clock.advance(Duration.ofHours(1));

    List<AlertDispatcher.Dispatch> recovered = AlertDispatcher.builder().store(store)
        .eventLog(new JdbcSyncStore(db).createSchemaIfMissing()).sink(sink).clock(clock).build().recoverPending();

    assertEquals(1, recovered.size());
    assertEquals(List.of(alert), sink.received);
    assertEquals(List.of("threshold:high:loc:1 t"), new JdbcSyncStore(db).events(EventQuery.all()
        .types(EventType.ALERT_RAISED)).stream().map(e -> e.detail()).toList());
  }

  @Test
  void an_alert_raised_within_a_millisecond_is_found_in_an_event_log_that_keeps_milliseconds() {
    InMemoryAlertStore store = new InMemoryAlertStore();
    JdbcSyncStore events = new JdbcSyncStore(db).createSchemaIfMissing();
    Alert alert = new Alert("threshold:high:loc:1", AlertKind.THRESHOLD, "loc", T0.plusNanos(1_500_000), "t", "m",
        java.util.Map.of());
    store.fire(AlertState.initial("threshold:high", "loc", "", T0).next(true, false,
        java.util.OptionalDouble.of(50), T0, Duration.ZERO), alert, T0);
    AlertSink dying = dying();
    assertThrows(Killed.class, () -> AlertDispatcher.builder().store(store).eventLog(events).sink(dying).clock(clock)
        .build().dispatch(alert));
    clock.advance(Duration.ofHours(1));

    AlertDispatcher.builder().store(store).eventLog(events).sink(new CollectingSink("collect")).clock(clock).build()
        .recoverPending();

    assertEquals(1, events.events(EventQuery.all().types(EventType.ALERT_RAISED)).size());
  }
}
