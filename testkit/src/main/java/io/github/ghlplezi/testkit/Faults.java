package io.github.ghlplezi.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The fault rules of one fake. Rules are checked in the order they were added; the first rule that
 * matches, still has budget and wins its probability draw applies. Draws come from a random source
 * seeded from the sandbox seed, so a single-threaded test sees the same faults on every run.
 */
public final class Faults {
  private final Object lock = new Object();
  private final List<Entry> rules = new ArrayList<>();
  private final Random random;
  private int injected;
  private final java.util.EnumMap<Fault.Kind, Integer> injectedByKind = new java.util.EnumMap<>(Fault.Kind.class);

  Faults(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Adds a rule and returns this for chaining.
   *
   * @param rule the rule
   * @return these faults
   */
  public Faults add(FaultRule rule) {
    synchronized (lock) {
      rules.add(new Entry(rule));
    }
    return this;
  }

  /** Removes every rule (counters are kept). */
  public void clear() {
    synchronized (lock) {
      rules.clear();
    }
  }

  /**
   * How many calls have been faulted since the sandbox started.
   *
   * @return the number of faulted calls
   */
  public int injectedCount() {
    synchronized (lock) {
      return injected;
    }
  }

  /**
   * How many calls have been faulted with this kind since the sandbox started; for example
   * {@code APPLY_THEN_DROP} + {@code TRUNCATED_BODY} is the number of writes applied whose answer was lost.
   *
   * @param kind a fault kind
   * @return the number of calls faulted with it
   */
  public int injectedCount(Fault.Kind kind) {
    synchronized (lock) {
      return injectedByKind.getOrDefault(kind, 0);
    }
  }

  /** Picks the fault for a call, if any, and counts it. */
  Optional<Fault> pick(String method, String path) {
    synchronized (lock) {
      for (Entry e : rules) {
        if (e.remaining == 0 || !e.rule.matches(method, path)) {
          continue;
        }
        if (e.rule.probability() < 1.0 && random.nextDouble() >= e.rule.probability()) {
          continue;
        }
        if (e.remaining > 0) {
          e.remaining--;
        }
        injected++;
        injectedByKind.merge(e.rule.fault().kind(), 1, Integer::sum);
        return Optional.of(e.rule.fault());
      }
      return Optional.empty();
    }
  }

  private static final class Entry {
    final FaultRule rule;
    int remaining;

    Entry(FaultRule rule) {
      this.rule = rule;
      this.remaining = rule.times();
    }
  }
}
