package io.github.ghlplezi.sync.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.ghlplezi.sync.alert.Fixtures.DAY0;
import static io.github.ghlplezi.sync.alert.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ghlplezi.sync.SharedPostgres;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.http.ManualTime;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import io.github.ghlplezi.sync.store.JdbcStatisticsStore;
import io.github.ghlplezi.sync.store.JdbcSyncStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof 1: a series that crosses a threshold three times produces exactly three alerts at a real
 * HTTP receiver, although two replicas (each with its own monitor, dispatcher, webhook sink and store
 * objects, sharing one database) evaluate every day at the same moment, twice, and both are replaced
 * by new instances on the same database (a restart) half-way.
 */
class FireOnceProofTest {

  /**
   * The daily values: crossings on day 2 (12), day 7 (exactly 10) and day 10 (20). Day 4 (9) and
   * day 5 (11) show the hysteresis: 9 is not below 10 - 2, so 11 does not fire again.
   */
  private static final double[] VALUES = {5, 12, 15, 9, 11, 3, 10, 7, 1, 20, 25, 30};
  private static final int RESTART_AFTER_DAY = 8;

  private final ManualTime clock = new ManualTime(T0);
  private WireMockServer receiver;

  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of("H2", JdbcAlertStoreH2Test.h2("fire-once-" + UUID.randomUUID())),
        Arguments.of("PostgreSQL", SharedPostgres.dataSource()));
  }

  @BeforeEach
  void start() {
    receiver = new WireMockServer(options().dynamicPort());
    receiver.start();
    receiver.stubFor(post(urlEqualTo("/alerts")).willReturn(aResponse().withStatus(200)));
  }

  @AfterEach
  void stop() {
    receiver.stop();
  }

  /** One process: its own objects on the shared database. */
  private final class Replica {
    final ThresholdMonitor monitor;

    Replica(DataSource db) {
      JdbcAlertStore store = new JdbcAlertStore(db).createSchemaIfMissing();
      JdbcSyncStore events = new JdbcSyncStore(db).createSchemaIfMissing();
      SignedWebhook webhook = SignedWebhook.builder(receiver.baseUrl() + "/alerts").secret(SignedWebhookTest.SECRET)
          .clock(clock).build();
      AlertDispatcher dispatcher = AlertDispatcher.builder().store(store).eventLog(events)
          .sink(new WebhookAlertSink(webhook, WebhookAlertSink.Format.GENERIC)).clock(clock).sleeper(clock)
          .build();
      ThresholdRule rule = ThresholdRule.builder("reach-high", "reach").totalAtOrAbove(1, 10).hysteresis(2).build();
      monitor = new ThresholdMonitor(List.of(rule), new JdbcStatisticsStore(db).createSchemaIfMissing(), store,
          dispatcher, clock);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void three_crossings_make_three_alerts_across_two_replicas_and_a_restart(String name, DataSource db)
      throws Exception {
    String location = "loc-" + UUID.randomUUID();
    StatisticsStore collector = new JdbcStatisticsStore(db).createSchemaIfMissing();
    List<Replica> replicas = List.of(new Replica(db), new Replica(db));
    List<Alert> fired = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int day = 1; day <= VALUES.length; day++) {
        if (day == RESTART_AFTER_DAY + 1) {
          replicas = List.of(new Replica(db), new Replica(db));   // both processes restart
        }
        clock.advance(Duration.ofDays(1));
        Fixtures.record(collector, location, "acc-1", "reach", DAY0.plusDays(day), VALUES[day - 1]);
        for (int round = 0; round < 2; round++) {
          CyclicBarrier together = new CyclicBarrier(2);
          List<Callable<List<Alert>>> both = new ArrayList<>();
          for (Replica r : replicas) {
            both.add(() -> {
              together.await();
              return r.monitor.evaluate(Set.of(location));
            });
          }
          for (Future<List<Alert>> f : pool.invokeAll(both)) {
            fired.addAll(f.get());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }

    String prefix = "threshold:reach-high:" + location + ":";
    List<String> expected = List.of(prefix + 1, prefix + 2, prefix + 3);
    assertEquals(expected, fired.stream().map(Alert::key).sorted().toList());
    List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo("/alerts")));
    assertEquals(expected, received.stream().map(r -> r.getHeader(SignedWebhook.DELIVERY_HEADER)).sorted().toList(),
        "the receiver got each crossing exactly once");
    for (LoggedRequest r : received) {
      assertTrue(SignedWebhook.verify(SignedWebhookTest.SECRET, r.getHeader(SignedWebhook.TIMESTAMP_HEADER),
          r.getHeader(SignedWebhook.SIGNATURE_HEADER), r.getBodyAsString(),
          Instant.ofEpochSecond(Long.parseLong(r.getHeader(SignedWebhook.TIMESTAMP_HEADER))))); // checked on receipt
    }
    List<Instant> firedOn = fired.stream().sorted(java.util.Comparator.comparing(Alert::key)).map(Alert::raisedAt)
        .toList();
    assertEquals(List.of(T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(7)), T0.plus(Duration.ofDays(10))),
        firedOn, "days 2, 7 and 10");
    assertEquals(3, new JdbcSyncStore(db).events(EventQuery.all().location(location).types(EventType.ALERT_RAISED))
        .size(), "one ALERT_RAISED event per crossing");
    AlertState state = new JdbcAlertStore(db).state("threshold:reach-high", location, "").orElseThrow();
    assertEquals(3, state.crossings());
    assertEquals(AlertState.Status.FIRED, state.status());
  }
}
