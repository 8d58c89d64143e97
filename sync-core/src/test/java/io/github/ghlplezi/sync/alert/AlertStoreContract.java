package io.github.ghlplezi.sync.alert;

import static io.github.ghlplezi.sync.alert.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.alert.AlertState.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link AlertStore} guarantees; each test uses its own rule names, so one store serves all. */
abstract class AlertStoreContract {

  abstract AlertStore store();

  private static String rule() {
    return "threshold:t-" + UUID.randomUUID();
  }

  @Test
  void the_first_state_is_inserted_once_and_gets_version_1() {
    String rule = rule();
    AlertState fired = AlertState.initial(rule, "loc", "", T0).next(true, false, OptionalDouble.of(3.5), T0,
        Duration.ZERO);
    assertTrue(store().compareAndSet(fired));
    assertFalse(store().compareAndSet(fired), "a second insert of version 0 loses");
    AlertState stored = store().state(rule, "loc", "").orElseThrow();
    assertEquals(1, stored.version());
    assertEquals(Status.FIRED, stored.status());
    assertEquals(OptionalDouble.of(3.5), stored.lastValue());
    assertEquals(1, stored.crossings());
    assertEquals(Optional.of(T0), stored.firedAt());
    assertEquals(T0, stored.updatedAt());
    assertEquals(Optional.empty(), store().state(rule, "loc", "other-account"));
    assertEquals(Optional.empty(), store().state(rule, "other-loc", ""));
  }

  @Test
  void an_update_needs_the_stored_version_and_bumps_it() {
    String rule = rule();
    assertTrue(store().compareAndSet(AlertState.initial(rule, "loc", "acc", T0)));
    AlertState v1 = store().state(rule, "loc", "acc").orElseThrow();
    assertEquals(OptionalDouble.empty(), v1.lastValue());
    assertEquals(Optional.empty(), v1.firedAt());
    Instant later = T0.plusSeconds(60);
    AlertState next = v1.next(true, false, OptionalDouble.of(7), later, Duration.ZERO);
    assertTrue(store().compareAndSet(next));
    assertFalse(store().compareAndSet(next), "version 1 is gone");
    AlertState v2 = store().state(rule, "loc", "acc").orElseThrow();
    assertEquals(2, v2.version());
    assertEquals(Status.FIRED, v2.status());
    assertEquals(Optional.of(later), v2.firedAt());
    assertEquals(later, v2.updatedAt());
    AlertState rearmed = v2.next(false, true, OptionalDouble.empty(), later.plusSeconds(1), Duration.ZERO);
    assertTrue(store().compareAndSet(rearmed));
    AlertState v3 = store().state(rule, "loc", "acc").orElseThrow();
    assertEquals(Status.ARMED, v3.status());
    assertEquals(OptionalDouble.empty(), v3.lastValue());
    assertEquals(3, v3.version());
    assertTrue(store().states().contains(v3));
  }

  @Test
  void of_many_threads_racing_for_one_transition_exactly_one_wins() throws Exception {
    String rule = rule();
    assertTrue(store().compareAndSet(AlertState.initial(rule, "loc", "", T0)));
    AlertState v1 = store().state(rule, "loc", "").orElseThrow();
    List<Boolean> wins = race(8, () -> store().compareAndSet(v1.next(true, false, OptionalDouble.of(1), T0,
        Duration.ZERO)));
    assertEquals(1, wins.stream().filter(w -> w).count());
  }

  /** Runs one task on many threads at once; their results. */
  static <T> List<T> race(int threads, Callable<T> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Callable<T> together = () -> {
        start.await();
        return task.call();
      };
      List<T> out = new java.util.ArrayList<>();
      for (Future<T> f : pool.invokeAll(java.util.Collections.nCopies(threads, together))) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_firing_stores_the_state_and_the_pending_alert_together_until_settled() {
    String rule = rule();
    AlertState fired = AlertState.initial(rule, "loc", "", T0).next(true, false, OptionalDouble.of(1), T0,
        Duration.ZERO);
    Alert alert = new Alert(rule + ":loc:1", AlertKind.THRESHOLD, "loc", T0, "t", "m", Map.of("k", "v"));
    assertTrue(store().fire(fired, alert, T0));
    assertFalse(store().fire(fired, alert, T0), "the second replica loses, and stores no second pending alert");
    assertEquals(1, store().state(rule, "loc", "").orElseThrow().crossings());

    assertEquals(List.of(), mine(store().claimPending(T0, T0.plusSeconds(1)), rule), "a claim of T0 is not before T0");
    assertEquals(List.of(alert), mine(store().claimPending(T0.plusMillis(1), T0.plusSeconds(1)), rule));
    assertEquals(List.of(), mine(store().claimPending(T0.plusSeconds(1), T0.plusSeconds(2)), rule),
        "claimed again at +1 s: not stale before +1 s");
    assertEquals(List.of(alert), mine(store().claimPending(T0.plusSeconds(2), T0.plusSeconds(3)), rule));

    store().settle(alert.key());
    assertEquals(List.of(), mine(store().claimPending(T0.plus(Duration.ofDays(365)), T0.plusSeconds(4)), rule));
    store().settle(alert.key());   // nothing pending: no effect
  }

  @Test
  void of_many_threads_claiming_one_stale_alert_exactly_one_gets_it() throws Exception {
    String rule = rule();
    Alert alert = new Alert(rule + ":loc:1", AlertKind.THRESHOLD, "loc", T0, "t", "m", Map.of());
    assertTrue(store().fire(AlertState.initial(rule, "loc", "", T0).next(true, false, OptionalDouble.empty(), T0,
        Duration.ZERO), alert, T0));
    List<Integer> claimed = race(6, () -> mine(store().claimPending(T0.plusSeconds(1), T0.plusSeconds(2)), rule)
        .size());
    assertEquals(1, claimed.stream().mapToInt(Integer::intValue).sum());
  }

  private static List<Alert> mine(List<Alert> alerts, String rule) {
    return alerts.stream().filter(a -> a.key().startsWith(rule + ":")).toList();
  }

  @Test
  void dead_letters_are_kept_whole_and_a_replay_closes_them_once() {
    Alert alert = new Alert("key-" + UUID.randomUUID(), AlertKind.DEAD_LETTER, "loc", T0, "t", "m",
        Map.of("b", "2", "a", "1"));
    AlertDeadLetter stored = store().addDeadLetter(new AlertDeadLetter(0, alert, "webhook", 3, "503", T0,
        Optional.empty()));
    assertTrue(stored.id() > 0);
    AlertDeadLetter read = find(stored.id());
    assertEquals(stored, read);
    assertEquals(alert, read.alert());
    assertTrue(read.open());

    Instant later = T0.plusSeconds(30);
    assertTrue(store().recordReplay(stored.id(), false, "still 503", later));
    AlertDeadLetter failedAgain = find(stored.id());
    assertEquals(4, failedAgain.attempts());
    assertEquals("still 503", failedAgain.lastError());
    assertEquals(later, failedAgain.failedAt());
    assertTrue(failedAgain.open());

    assertTrue(store().recordReplay(stored.id(), true, "", later.plusSeconds(1)));
    AlertDeadLetter replayed = find(stored.id());
    assertEquals(5, replayed.attempts());
    assertEquals(Optional.of(later.plusSeconds(1)), replayed.replayedAt());
    assertEquals("still 503", replayed.lastError());
    assertFalse(replayed.open());
    assertFalse(store().recordReplay(stored.id(), true, "", later.plusSeconds(2)), "already closed");
    assertFalse(store().recordReplay(Long.MAX_VALUE, true, "", later), "unknown id");
  }

  @Test
  void dead_letters_come_oldest_first() {
    AlertDeadLetter a = store().addDeadLetter(new AlertDeadLetter(0, Fixtures.alert("a-" + UUID.randomUUID()), "s", 1,
        "e", T0, Optional.empty()));
    AlertDeadLetter b = store().addDeadLetter(new AlertDeadLetter(0, Fixtures.alert("b-" + UUID.randomUUID()), "s", 1,
        "e", T0, Optional.empty()));
    List<Long> ids = store().deadLetters().stream().map(AlertDeadLetter::id).toList();
    assertTrue(ids.indexOf(a.id()) < ids.indexOf(b.id()));
  }

  private AlertDeadLetter find(long id) {
    return store().deadLetters().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
  }
}
