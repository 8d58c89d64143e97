package io.github.ghlplezi.sync.http.internal;

import io.github.ghlplezi.sync.http.GhlRateLimits;
import java.time.Duration;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The HighLevel budget of one (app, location). A request holds a slot from the moment it is admitted
 * until one burst interval after its answer (or failure) arrived, so the requests the server counts
 * in any interval can never exceed the burst maximum, whether the server uses a fixed or a sliding
 * window. Limits and remaining counts are corrected from X-RateLimit-* headers, clamped by
 * {@link RateHeaders}. Memory is one entry per request in flight or busy, never one per permit. Thread-safe.
 */
public final class LocationBudget {

  /** Outcome of {@link #tryAcquire}: admitted (wait is null), refused for the day, or wait. */
  public record Admission(boolean admitted, boolean dailyExhausted, Duration delay) {}

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private final PriorityQueue<Long> busyUntil = new PriorityQueue<>();
  // Slots held back after the server reported fewer remaining requests: until -> count, one entry
  // per answer (never one per slot, whatever the headers say).
  private final TreeMap<Long, Integer> held = new TreeMap<>();
  private int heldTotal;
  private int burstMax;
  private long intervalMillis;
  private int dailyMax;
  private int inFlight;
  private long day = Long.MIN_VALUE;
  private int dayCount;
  private long admitted;
  private long corrections;

  public LocationBudget(GhlRateLimits limits) {
    this.burstMax = limits.burstMax();
    this.intervalMillis = limits.burstInterval().toMillis();
    this.dailyMax = limits.dailyMax();
  }

  public synchronized Admission tryAcquire(long now) {
    purge(now);
    rollDay(now);
    if (dayCount >= dailyMax) {
      return new Admission(false, true, Duration.ofMillis((day + 1) * MILLIS_PER_DAY - now));
    }
    if (inFlight + busyUntil.size() + heldTotal < burstMax) {
      inFlight++;
      dayCount++;
      admitted++;
      return new Admission(true, false, null);
    }
    long next = Long.MAX_VALUE;
    if (!busyUntil.isEmpty()) {
      next = busyUntil.peek();
    }
    if (!held.isEmpty()) {
      next = Math.min(next, held.firstKey());
    }
    long wait = next == Long.MAX_VALUE ? Math.max(10, intervalMillis / 100) : Math.max(1, next - now);
    return new Admission(false, false, Duration.ofMillis(wait));
  }

  /**
   * Frees the in-flight slot of an admitted request and keeps it busy for one interval.
   *
   * @param rateHeaders the X-RateLimit-* values of the answer, or null when none came back
   * @param rateLimited whether the answer was a 429
   */
  public synchronized void complete(long now, RateHeaders rateHeaders, boolean rateLimited) {
    inFlight = Math.max(0, inFlight - 1);
    if (rateHeaders != null) {
      if (rateHeaders.max() > 0) {
        burstMax = rateHeaders.max();
      }
      if (rateHeaders.intervalMillis() > 0) {
        intervalMillis = rateHeaders.intervalMillis();
      }
      if (rateHeaders.dailyLimit() > 0) {
        dailyMax = rateHeaders.dailyLimit();
      }
      if (rateHeaders.dailyRemaining() >= 0) {
        rollDay(now);
        dayCount = Math.max(dayCount, dailyMax - rateHeaders.dailyRemaining());
      }
    }
    busyUntil.add(now + intervalMillis);
    purge(now);
    int remaining = rateHeaders != null && rateHeaders.remaining() >= 0 ? rateHeaders.remaining() : -1;
    if (rateLimited && remaining < 0) {
      remaining = 0;
    }
    if (remaining >= 0) {
      // The server counts fewer free slots than we do: someone else spends this budget. Hold the difference.
      int localFree = burstMax - inFlight - busyUntil.size() - heldTotal;
      int hold = localFree - remaining;
      if (hold > 0) {
        held.merge(now + intervalMillis, hold, Integer::sum);
        heldTotal += hold;
        corrections += hold;
      }
    }
  }

  public synchronized int burstMax() {
    return burstMax;
  }

  public synchronized long admitted() {
    return admitted;
  }

  /** Slots held because the server reported fewer remaining requests than this budget expected. */
  public synchronized long corrections() {
    return corrections;
  }

  private void purge(long now) {
    while (!busyUntil.isEmpty() && busyUntil.peek() <= now) {
      busyUntil.poll();
    }
    while (!held.isEmpty() && held.firstKey() <= now) {
      Map.Entry<Long, Integer> e = held.pollFirstEntry();
      heldTotal -= e.getValue();
    }
  }

  private void rollDay(long now) {
    long today = Math.floorDiv(now, MILLIS_PER_DAY);
    if (today != day) {
      day = today;
      dayCount = 0;
    }
  }
}
