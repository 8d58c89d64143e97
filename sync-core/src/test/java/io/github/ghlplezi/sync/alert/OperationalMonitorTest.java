package io.github.ghlplezi.sync.alert;

import static io.github.ghlplezi.sync.alert.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.model.UserType;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.alert.Fixtures.CollectingSink;
import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.http.ManualTime;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import io.github.ghlplezi.sync.store.JdbcSyncStore;
import io.github.ghlplezi.sync.store.LocationCommit;
import io.github.ghlplezi.sync.token.ReauthorizationReason;
import io.github.ghlplezi.sync.token.ReauthorizationRequired;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationalMonitorTest {

  private static final String LOC = "loc-1";

  private final ManualTime clock = new ManualTime(T0);
  private final InMemorySyncStore engine = new InMemorySyncStore();
  private final InMemoryAlertStore store = new InMemoryAlertStore();
  private final CollectingSink sink = new CollectingSink("collect");
  private final AlertDispatcher dispatcher = AlertDispatcher.builder().store(store).eventLog(engine).sink(sink)
      .clock(clock).sleeper(clock).build();

  private OperationalMonitor monitor(OperationalSettings settings) {
    return new OperationalMonitor(settings, engine, store, dispatcher, clock);
  }

  private final OperationalMonitor monitor = monitor(OperationalSettings.defaults());

  private void synced(Instant at) {
    engine.append(List.of(SyncEvent.of(at, "run", LOC, EventType.LOCATION_SYNCED, "changes=0 written=false")));
  }

  private DeadLetter deadLetter(String reason) {
    return engine.addDeadLetter(new DeadLetter(0, clock.instant(), "run", new LocationMapping(LOC, "m@client.example"),
        reason, Optional.empty()));
  }

  private void reportedOptions(Set<String> keys) {
    engine.commit(new LocationCommit(LOC, "m@client.example", List.of(), List.of(), keys, List.of()));
  }

  private List<String> kinds(List<Alert> alerts) {
    return alerts.stream().map(a -> a.kind().name()).toList();
  }

  @Test
  void dead_letters_alert_once_until_all_are_replayed_then_again_for_a_new_one() {
    synced(T0);
    DeadLetter first = deadLetter("DELIVER PERMANENT status=422: refused");

    List<Alert> fired = monitor.check(List.of(LOC));
    assertEquals(List.of("DEAD_LETTER"), kinds(fired));
    Alert alert = fired.get(0);
    assertEquals("operational:dead_letter:" + LOC + ":1", alert.key());
    assertEquals("Dead letters for " + LOC, alert.title());
    assertTrue(alert.message().contains("last: DELIVER PERMANENT status=422: refused"), alert.message());
    assertEquals(Map.of("deadLetters", Long.toString(first.id()), "count", "1", "occurrence", "1"), alert.details());

    DeadLetter second = deadLetter("again");
    assertEquals(List.of(), monitor.check(List.of(LOC)), "the condition still holds: no new alert");
    engine.markReplayed(first.id(), "r2");
    assertEquals(List.of(), monitor.check(LOC));
    engine.markReplayed(second.id(), "r3");
    assertEquals(List.of(), monitor.check(LOC), "cleared: re-arms silently");
    deadLetter("third");
    assertEquals(List.of("operational:dead_letter:" + LOC + ":2"), monitor.check(LOC).stream().map(Alert::key)
        .toList());
    assertEquals(List.of("operational:dead_letter:" + LOC + ":1", "operational:dead_letter:" + LOC + ":2"),
        sink.keys());
  }

  @Test
  void another_locations_dead_letter_does_not_alert_for_this_one() {
    synced(T0);
    engine.addDeadLetter(new DeadLetter(0, T0, "run", new LocationMapping("other", "o@client.example"), "x",
        Optional.empty()));
    assertEquals(List.of(), monitor.check(List.of(LOC)));
  }

  @Test
  void missing_options_alert_once_and_clear_when_resolved() {
    synced(T0);
    reportedOptions(Set.of("missing:t1:spring-sale", "refused:webinar"));

    List<Alert> fired = monitor.check(LOC);
    assertEquals(List.of("OPTIONS_MISSING"), kinds(fired));
    assertTrue(fired.get(0).message().contains("add option(s) [spring-sale, webinar]"), fired.get(0).message());
    assertEquals("spring-sale,webinar", fired.get(0).details().get("options"));
    assertEquals("2", fired.get(0).details().get("count"));

    reportedOptions(Set.of("missing:t1:spring-sale"));
    assertEquals(List.of(), monitor.check(LOC), "one left: still the same condition");
    reportedOptions(Set.of());
    assertEquals(List.of(), monitor.check(LOC));
    reportedOptions(Set.of("missing:t2:summer"));
    assertEquals(List.of("operational:options_missing:" + LOC + ":2"), monitor.check(LOC).stream().map(Alert::key)
        .toList());
  }

  @Test
  void a_re_authorization_request_alerts_once_and_a_later_successful_sync_clears_it() {
    synced(T0);
    clock.advance(Duration.ofMinutes(1));
    monitor.tokenListener().onReauthorizationRequired(new ReauthorizationRequired(LOC, UserType.LOCATION,
        ReauthorizationReason.REFRESH_TOKEN_REJECTED, 4, clock.instant()));
    List<SyncEvent> recorded = engine.events(EventQuery.all().types(EventType.REAUTHORIZATION_REQUIRED));
    assertEquals(1, recorded.size());
    assertEquals(OperationalMonitor.TOKEN_RUN_ID, recorded.get(0).runId());
    assertTrue(recorded.get(0).detail().startsWith("reason=REFRESH_TOKEN_REJECTED"), recorded.get(0).detail());

    clock.advance(Duration.ofMinutes(1));
    List<Alert> fired = monitor.check(LOC);
    assertEquals(List.of("REAUTHORIZATION_REQUIRED"), kinds(fired));
    assertEquals("operational:reauthorization_required:" + LOC + ":1", fired.get(0).key());
    assertTrue(fired.get(0).message().contains("REFRESH_TOKEN_REJECTED"), fired.get(0).message());
    assertEquals(T0.plus(Duration.ofMinutes(1)).toString(), fired.get(0).details().get("since"));
    assertEquals(List.of(), monitor.check(LOC));

    clock.advance(Duration.ofMinutes(1));
    synced(clock.instant());
    assertEquals(List.of(), monitor.check(LOC), "re-authorized and synced: cleared");
    clock.advance(Duration.ofMinutes(1));
    monitor.tokenListener().onReauthorizationRequired(new ReauthorizationRequired(LOC, UserType.LOCATION,
        ReauthorizationReason.STATIC_TOKEN_REJECTED, 5, clock.instant()));
    assertEquals(List.of("operational:reauthorization_required:" + LOC + ":2"),
        monitor.check(LOC).stream().map(Alert::key).toList());
  }

  @Test
  void the_token_listener_never_throws_even_when_the_store_fails() {
    OperationalMonitor broken = new OperationalMonitor(OperationalSettings.defaults(),
        new JdbcSyncStore(JdbcAlertStoreH2Test.h2("operational-no-tables")), store, dispatcher, clock);
    broken.tokenListener().onReauthorizationRequired(new ReauthorizationRequired(LOC, UserType.LOCATION,
        ReauthorizationReason.NO_TOKEN, 0, T0));
  }

  @Test
  void a_location_without_a_successful_sync_for_longer_than_the_limit_is_stalled_once() {
    synced(T0);
    clock.advance(Duration.ofHours(26));
    assertEquals(List.of(), monitor.check(LOC), "exactly 26 h: not yet");
    clock.advance(Duration.ofMillis(1));
    List<Alert> fired = monitor.check(LOC);
    assertEquals(List.of("LOCATION_STALLED"), kinds(fired));
    assertEquals("Location " + LOC + " stopped syncing", fired.get(0).title());
    assertEquals(T0.toString(), fired.get(0).details().get("lastSync"));
    assertEquals("PT26H", fired.get(0).details().get("stalledAfter"));
    clock.advance(Duration.ofHours(5));
    assertEquals(List.of(), monitor.check(LOC));
    synced(clock.instant());
    assertEquals(List.of(), monitor.check(LOC), "synced again: cleared");
    clock.advance(Duration.ofHours(27));
    assertEquals(List.of("operational:location_stalled:" + LOC + ":2"), monitor.check(LOC).stream()
        .map(Alert::key).toList());
  }

  @Test
  void a_location_that_only_ever_failed_is_stalled_once_it_is_known_for_longer_than_the_limit() {
    engine.append(List.of(SyncEvent.of(T0, "run", LOC, EventType.LOCATION_FAILED, "FETCH TRANSIENT")));
    clock.advance(Duration.ofHours(25));
    assertEquals(List.of(), monitor.check(LOC));
    clock.advance(Duration.ofHours(2));
    List<Alert> fired = monitor.check(LOC);
    assertEquals(List.of("LOCATION_STALLED"), kinds(fired));
    assertTrue(fired.get(0).message().endsWith("(last: none within PT720H)."), fired.get(0).message());
  }

  @Test
  void a_location_the_engine_never_saw_is_not_stalled() {
    clock.advance(Duration.ofDays(10));
    assertEquals(List.of(), monitor.check(List.of("unknown")));
    assertEquals(List.of(), store.states().stream().filter(s -> s.status() == AlertState.Status.FIRED).toList());
  }

  @Test
  void only_the_configured_kinds_are_watched() {
    OperationalMonitor deadLettersOnly = monitor(OperationalSettings.defaults()
        .withKinds(EnumSet.of(AlertKind.DEAD_LETTER)));
    engine.append(List.of(SyncEvent.of(T0, "run", LOC, EventType.LOCATION_FAILED, "x")));
    reportedOptions(Set.of("missing:t:o"));
    clock.advance(Duration.ofDays(3));
    assertEquals(List.of(), deadLettersOnly.check(LOC));
    deadLetter("x");
    assertEquals(List.of("DEAD_LETTER"), kinds(deadLettersOnly.check(LOC)));
    assertEquals(Set.of("operational:dead_letter"), Set.copyOf(store.states().stream().map(AlertState::rule)
        .toList()));
  }

  @Test
  void the_operational_cooldown_holds_re_arming() {
    OperationalMonitor cooled = monitor(OperationalSettings.defaults().withCooldown(Duration.ofHours(1)));
    synced(T0);
    DeadLetter d = deadLetter("x");
    assertEquals(1, cooled.check(LOC).size());
    engine.markReplayed(d.id(), "r");
    clock.advance(Duration.ofMinutes(30));
    cooled.check(LOC);
    deadLetter("y");
    assertEquals(List.of(), cooled.check(LOC), "still cooling down when it came back");
  }

  @Test
  void settings_report_every_problem_at_once() {
    AlertRuleException e = assertThrows(AlertRuleException.class, () -> new OperationalSettings(
        Set.of(AlertKind.THRESHOLD), Duration.ZERO, Duration.ZERO, Duration.ofSeconds(-1)));
    assertEquals(4, e.problems().size(), e.problems().toString());
    AlertRuleException shortLookback = assertThrows(AlertRuleException.class, () -> new OperationalSettings(
        Set.of(AlertKind.DEAD_LETTER), Duration.ofHours(2), Duration.ofHours(1), Duration.ZERO));
    assertEquals(List.of("operational alerts: lookback (PT1H) must be at least stalledAfter (PT2H)"),
        shortLookback.problems());
    assertThrows(AlertRuleException.class, () -> new OperationalSettings(Set.of(), Duration.ofHours(1),
        Duration.ofHours(1), Duration.ZERO));
    new OperationalSettings(Set.of(AlertKind.DEAD_LETTER), Duration.ofHours(1), Duration.ofHours(1), Duration.ZERO);
    assertEquals(Duration.ofMinutes(5), OperationalSettings.defaults().withStalledAfter(Duration.ofMinutes(5))
        .stalledAfter());
  }

  @Test
  void threshold_is_not_an_operational_condition() {
    OperationalMonitor.Facts facts = new OperationalMonitor.Facts(LOC, T0, List.of(), List.of(), Set.of(), true, true);
    assertThrows(IllegalArgumentException.class,
        () -> OperationalMonitor.condition(AlertKind.THRESHOLD, facts, OperationalSettings.defaults()));
    assertEquals("operational:location_stalled", OperationalMonitor.stateRule(AlertKind.LOCATION_STALLED));
  }
}
