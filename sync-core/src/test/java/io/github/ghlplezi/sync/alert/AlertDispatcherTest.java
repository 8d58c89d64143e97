package io.github.ghlplezi.sync.alert;

import static io.github.ghlplezi.sync.alert.Fixtures.T0;
import static io.github.ghlplezi.sync.alert.Fixtures.alert;
import static io.github.ghlplezi.sync.alert.Fixtures.permanent;
import static io.github.ghlplezi.sync.alert.Fixtures.retriable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.alert.Fixtures.CollectingSink;
import io.github.ghlplezi.sync.alert.Fixtures.ScriptedSink;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.http.HighestDraw;
import io.github.ghlplezi.sync.http.ManualTime;
import io.github.ghlplezi.sync.http.RetryPolicy;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import io.github.ghlplezi.sync.store.JdbcSyncStore;
import io.github.ghlplezi.sync.store.SyncStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertDispatcherTest {

  private static final RetryPolicy FOUR_ATTEMPTS =
      new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMinutes(10));

  private final ManualTime clock = new ManualTime(T0);
  private final InMemoryAlertStore store = new InMemoryAlertStore();
  private final SyncStore events = new InMemorySyncStore();

  private AlertDispatcher.Builder dispatcher(AlertSink... sinks) {
    AlertDispatcher.Builder b = AlertDispatcher.builder().store(store).eventLog(events).retryPolicy(FOUR_ATTEMPTS)
        .clock(clock).sleeper(clock).random(HighestDraw.INSTANCE);
    for (AlertSink s : sinks) {
      b.sink(s);
    }
    return b;
  }

  @Test
  void an_alert_is_recorded_in_the_event_log_and_delivered_to_every_sink() {
    CollectingSink a = new CollectingSink("a");
    CollectingSink b = new CollectingSink("b");

    AlertDispatcher.Dispatch d = dispatcher(a, b).build().dispatch(alert("k1"));

    assertEquals(List.of("a", "b"), d.deliveredTo());
    assertTrue(d.allDelivered());
    assertEquals(List.of("k1"), a.keys());
    assertEquals(List.of("k1"), b.keys());
    List<SyncEvent> raised = events.events(EventQuery.all().types(EventType.ALERT_RAISED));
    assertEquals(1, raised.size());
    assertEquals("k1 title k1", raised.get(0).detail());
    assertEquals("loc-1", raised.get(0).locationId());
    assertEquals(AlertDispatcher.EVENT_RUN_ID, raised.get(0).runId());
    assertEquals(T0, raised.get(0).at());
    assertEquals(List.of(), clock.sleeps());
    assertEquals(List.of(), store.deadLetters());
  }

  @Test
  void a_retriable_failure_is_retried_with_exponential_backoff_until_delivered() {
    ScriptedSink flaky = new ScriptedSink("flaky", retriable("503"), retriable("503"), retriable("503"));

    AlertDispatcher.Dispatch d = dispatcher(flaky).build().dispatch(alert("k"));

    assertEquals(List.of("flaky"), d.deliveredTo());
    assertEquals(4, flaky.calls);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3)), clock.sleeps(),
        "1 s doubling, capped at maxDelay");
    assertEquals(List.of(), store.deadLetters());
  }

  @Test
  void after_the_last_attempt_the_alert_is_a_dead_letter_never_lost() {
    ScriptedSink down = new ScriptedSink("down", retriable("500"), retriable("500"), retriable("500"),
        retriable("500 again"));

    AlertDispatcher.Dispatch d = dispatcher(down).build().dispatch(alert("k"));

    assertEquals(4, down.calls);
    assertEquals(3, clock.sleeps().size(), "no wait after the last attempt");
    assertFalse(d.allDelivered());
    assertEquals(List.of(), d.deliveredTo());
    AlertDeadLetter letter = store.deadLetters().get(0);
    assertEquals(d.deadLetters(), store.deadLetters());
    assertEquals("down", letter.sink());
    assertEquals(4, letter.attempts());
    assertEquals("500 again", letter.lastError());
    assertEquals(alert("k"), letter.alert());
    assertEquals(T0.plusSeconds(6), letter.failedAt());
    assertTrue(letter.open());
  }

  @Test
  void a_permanent_failure_is_a_dead_letter_at_once() {
    ScriptedSink refusing = new ScriptedSink("refusing", permanent("404"));

    dispatcher(refusing).build().dispatch(alert("k"));

    assertEquals(1, refusing.calls);
    assertEquals(List.of(), clock.sleeps());
    assertEquals(1, store.deadLetters().get(0).attempts());
    assertEquals("404", store.deadLetters().get(0).lastError());
  }

  @Test
  void a_sink_that_throws_an_unchecked_exception_is_a_permanent_failure_and_the_others_still_deliver() {
    AlertSink broken = new AlertSink() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public void send(Alert alert) {
        throw new IllegalStateException("bug");
      }
    };
    CollectingSink ok = new CollectingSink("ok");

    AlertDispatcher.Dispatch d = dispatcher(broken, ok).build().dispatch(alert("k"));

    assertEquals(List.of("ok"), d.deliveredTo());
    assertEquals("sink broken failed: IllegalStateException", store.deadLetters().get(0).lastError());
  }

  @Test
  void one_failing_sink_neither_blocks_nor_delays_the_first_delivery_to_another() {
    ScriptedSink down = new ScriptedSink("down", retriable("1"), retriable("2"), retriable("3"), retriable("4"));
    CollectingSink ok = new CollectingSink("ok");
    ScriptedSink recovering = new ScriptedSink("recovering", retriable("x"));
    ok.received.clear();

    AlertDispatcher.Dispatch d = dispatcher(down, ok, recovering).build().dispatch(alert("k"));

    assertEquals(List.of("ok", "recovering"), d.deliveredTo());
    assertEquals(1, ok.received.size(), "delivered once, in the first round");
    assertEquals(2, recovering.calls);
    assertEquals(4, down.calls);
    assertEquals(List.of("down"), store.deadLetters().stream().map(AlertDeadLetter::sink).toList());
  }

  @Test
  void no_retry_is_scheduled_past_the_deadline() {
    RetryPolicy shortDeadline = new RetryPolicy(10, Duration.ofSeconds(4), Duration.ofSeconds(4),
        Duration.ofSeconds(10));
    ScriptedSink down = new ScriptedSink("down", retriable("1"), retriable("2"), retriable("3"), retriable("4"));

    dispatcher(down).retryPolicy(shortDeadline).build().dispatch(alert("k"));

    assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(4)), clock.sleeps(), "a third wait would end at 12 s");
    assertEquals(3, down.calls);
    assertEquals(3, store.deadLetters().get(0).attempts());
  }

  @Test
  void a_wait_ending_exactly_at_the_deadline_is_still_taken() {
    RetryPolicy exact = new RetryPolicy(10, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10));
    ScriptedSink down = new ScriptedSink("down", retriable("1"), retriable("2"), retriable("3"));

    dispatcher(down).retryPolicy(exact).build().dispatch(alert("k"));

    assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5)), clock.sleeps());
  }

  @Test
  void an_interrupted_wait_ends_in_a_dead_letter_and_keeps_the_interrupt() {
    ScriptedSink down = new ScriptedSink("down", retriable("1"));
    AlertDispatcher d = dispatcher(down).sleeper(w -> {
      throw new InterruptedException();
    }).build();
    try {
      d.dispatch(alert("k"));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
    assertEquals(1, store.deadLetters().size());
  }

  @Test
  void a_dead_letter_replays_to_its_sink_and_closes() {
    ScriptedSink flaky = new ScriptedSink("flaky", permanent("410"), retriable("still down"));
    AlertDispatcher d = dispatcher(flaky).build();
    d.dispatch(alert("k"));
    long id = d.deadLetters().get(0).id();
    clock.advance(Duration.ofMinutes(5));

    assertFalse(d.replay(id), "fails again");
    AlertDeadLetter failed = d.deadLetters().get(0);
    assertEquals(2, failed.attempts());
    assertEquals("still down", failed.lastError());
    assertTrue(failed.open());

    assertTrue(d.replay(id));
    assertEquals(List.of(alert("k")), flaky.delivered);
    assertEquals(Optional.of(T0.plus(Duration.ofMinutes(5))), d.deadLetters().get(0).replayedAt());
    assertFalse(d.replay(id), "already replayed");
    assertFalse(d.replay(999), "unknown");
    assertEquals(1, flaky.delivered.size());
  }

  @Test
  void replay_all_sends_every_open_dead_letter_once_and_counts_the_deliveries() {
    ScriptedSink flaky = new ScriptedSink("flaky", permanent("1"), permanent("2"), permanent("3"));
    AlertDispatcher d = dispatcher(flaky).build();
    d.dispatch(alert("k1"));
    d.dispatch(alert("k2"));
    assertEquals(2, d.deadLetters().size());

    assertEquals(1, d.replayAll(), "k1 fails a third time, k2 goes through");
    assertEquals(1, d.replayAll());
    assertEquals(0, d.replayAll());
    assertEquals(List.of("k2", "k1"), flaky.delivered.stream().map(Alert::key).toList());
  }

  @Test
  void a_dead_letter_whose_sink_is_no_longer_configured_stays_open() {
    dispatcher(new ScriptedSink("old", permanent("x"))).build().dispatch(alert("k"));
    AlertDispatcher without = dispatcher(new CollectingSink("new")).build();

    assertFalse(without.replay(store.deadLetters().get(0).id()));
    assertEquals("no sink named old is configured", store.deadLetters().get(0).lastError());
  }

  @Test
  void a_failing_event_log_does_not_stop_the_delivery() {
    CollectingSink ok = new CollectingSink("ok");
    // a real store whose tables were never created: every append fails
    SyncStore noTables = new JdbcSyncStore(JdbcAlertStoreH2Test.h2("dispatcher-no-tables"));
    AlertDispatcher d = AlertDispatcher.builder().store(store).eventLog(noTables).sink(ok).clock(clock)
        .sleeper(clock).build();

    assertTrue(d.dispatch(alert("k")).allDelivered());
    assertEquals(1, ok.received.size());
  }

  @Test
  void the_builder_refuses_no_sink_two_sinks_of_one_name_and_missing_stores() {
    assertThrows(IllegalStateException.class, () -> dispatcher().build());
    assertThrows(IllegalArgumentException.class, () -> dispatcher(new CollectingSink("x"), new CollectingSink("x")));
    assertThrows(NullPointerException.class, () -> AlertDispatcher.builder().eventLog(events)
        .sink(new CollectingSink("x")).build());
    assertThrows(NullPointerException.class, () -> AlertDispatcher.builder().store(store)
        .sink(new CollectingSink("x")).build());
  }
}
