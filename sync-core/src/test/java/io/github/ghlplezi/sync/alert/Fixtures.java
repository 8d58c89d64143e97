package io.github.ghlplezi.sync.alert;

import io.github.ghlplezi.sync.stats.SnapshotCommit;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Test doubles of the alert package: statistics, and sinks that collect or fail (time: {@code sync.http.ManualTime}). */
final class Fixtures {

  static final Instant T0 = Instant.parse("2026-03-02T06:00:00Z");
  static final LocalDate DAY0 = LocalDate.parse("2026-03-01");

  private Fixtures() {
  }

  /** Collects what it receives. */
  static final class CollectingSink implements AlertSink {
    private final String name;
    final List<Alert> received = Collections.synchronizedList(new ArrayList<>());

    CollectingSink(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void send(Alert alert) {
      received.add(alert);
    }

    List<String> keys() {
      synchronized (received) {
        return received.stream().map(Alert::key).toList();
      }
    }
  }

  /** Fails as scripted (one failure per call, then delivers), counting every call. */
  static final class ScriptedSink implements AlertSink {
    private final String name;
    private final Deque<AlertDeliveryException> failures = new ArrayDeque<>();
    final List<Alert> delivered = new ArrayList<>();
    int calls;

    ScriptedSink(String name, AlertDeliveryException... script) {
      this.name = name;
      failures.addAll(List.of(script));
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void send(Alert alert) throws AlertDeliveryException {
      calls++;
      AlertDeliveryException next = failures.poll();
      if (next != null) {
        throw next;
      }
      delivered.add(alert);
    }
  }

  static AlertDeliveryException retriable(String message) {
    return new AlertDeliveryException(message, true, null);
  }

  static AlertDeliveryException permanent(String message) {
    return new AlertDeliveryException(message, false, null);
  }

  static Alert alert(String key) {
    return new Alert(key, AlertKind.THRESHOLD, "loc-1", T0, "title " + key, "message " + key, Map.of("rule", "r"));
  }

  /** Records one day's value of a metric for one account, and moves the location's last read day to it. */
  static void record(StatisticsStore stats, String location, String account, String metric, LocalDate day,
      double value) {
    stats.record(new SnapshotCommit(location, day,
        List.of(new StatPoint(location, account, "facebook", metric, day, value)), null, T0));
  }
}
