package io.github.ghlplezi.sync.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An {@link AlertStore} in this JVM's memory: tests and embedded use. Thread-safe. */
public final class InMemoryAlertStore implements AlertStore {

  private final Map<String, AlertState> states = new TreeMap<>();
  private final List<AlertDeadLetter> deadLetters = new ArrayList<>();
  private final Map<String, Alert> pending = new LinkedHashMap<>();
  private final Map<String, Instant> claims = new HashMap<>();

  /** An empty store. */
  public InMemoryAlertStore() {
    // nothing stored yet
  }

  private static String key(String rule, String locationId, String accountId) {
    return rule + '\u0000' + locationId + '\u0000' + accountId;
  }

  @Override
  public synchronized Optional<AlertState> state(String rule, String locationId, String accountId) {
    return Optional.ofNullable(states.get(key(rule, locationId, accountId)));
  }

  @Override
  public synchronized List<AlertState> states() {
    return List.copyOf(states.values());
  }

  @Override
  public synchronized boolean compareAndSet(AlertState next) {
    String key = key(next.rule(), next.locationId(), next.accountId());
    AlertState stored = states.get(key);
    long current = stored == null ? 0 : stored.version();
    if (current != next.version()) {
      return false;
    }
    states.put(key, new AlertState(next.rule(), next.locationId(), next.accountId(), next.status(), next.lastValue(),
        next.crossings(), next.firedAt(), next.updatedAt(), current + 1));
    return true;
  }

  @Override
  public synchronized boolean fire(AlertState next, Alert alert, Instant now) {
    if (!compareAndSet(next)) {
      return false;
    }
    pending.put(alert.key(), alert);
    claims.put(alert.key(), now);
    return true;
  }

  @Override
  public synchronized void settle(String alertKey) {
    pending.remove(alertKey);
    claims.remove(alertKey);
  }

  @Override
  public synchronized List<Alert> claimPending(Instant staleBefore, Instant now) {
    List<Alert> out = new ArrayList<>();
    for (Map.Entry<String, Alert> e : pending.entrySet()) {
      if (claims.get(e.getKey()).isBefore(staleBefore)) {
        claims.put(e.getKey(), now);
        out.add(e.getValue());
      }
    }
    return out;
  }

  @Override
  public synchronized AlertDeadLetter addDeadLetter(AlertDeadLetter letter) {
    AlertDeadLetter stored = letter.withId(deadLetters.size() + 1L);
    deadLetters.add(stored);
    return stored;
  }

  @Override
  public synchronized List<AlertDeadLetter> deadLetters() {
    return List.copyOf(deadLetters);
  }

  @Override
  public synchronized boolean recordReplay(long id, boolean delivered, String error, Instant at) {
    for (int i = 0; i < deadLetters.size(); i++) {
      AlertDeadLetter d = deadLetters.get(i);
      if (d.id() == id && d.open()) {
        deadLetters.set(i, new AlertDeadLetter(id, d.alert(), d.sink(), d.attempts() + 1,
            delivered ? d.lastError() : error, delivered ? d.failedAt() : at,
            delivered ? Optional.of(at) : Optional.empty()));
        return true;
      }
    }
    return false;
  }
}
