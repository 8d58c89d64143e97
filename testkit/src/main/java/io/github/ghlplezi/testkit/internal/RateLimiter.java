package io.github.ghlplezi.testkit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Fixed-window limits per bucket key: {@code burstMax} per interval (window opened by the first call)
 * and {@code dailyMax} per UTC day.
 */
public final class RateLimiter {

  /** Decision and header values for one call. */
  public record Decision(boolean allowed, int burstRemaining, int dailyRemaining, long retryAfterMillis) {}

  private static final class Bucket {
    long windowStart = Long.MIN_VALUE;
    int windowCount;
    long day = Long.MIN_VALUE;
    int dayCount;
  }

  private final Map<String, Bucket> buckets = new HashMap<>();
  private volatile int burstMax;
  private volatile long intervalMillis;
  private volatile int dailyMax;

  public RateLimiter(int burstMax, long intervalMillis, int dailyMax) {
    configure(burstMax, intervalMillis, dailyMax);
  }

  public synchronized void configure(int burstMax, long intervalMillis, int dailyMax) {
    if (burstMax < 1 || intervalMillis < 1 || dailyMax < 1) {
      throw new IllegalArgumentException("rate limits must be positive");
    }
    this.burstMax = burstMax;
    this.intervalMillis = intervalMillis;
    this.dailyMax = dailyMax;
  }

  public int burstMax() {
    return burstMax;
  }

  public long intervalMillis() {
    return intervalMillis;
  }

  public int dailyMax() {
    return dailyMax;
  }

  public synchronized void reset() {
    buckets.clear();
  }

  /** Counts a call if allowed. */
  public synchronized Decision acquire(String key, Instant now) {
    Bucket b = buckets.computeIfAbsent(key, k -> new Bucket());
    long t = now.toEpochMilli();
    if (b.windowStart == Long.MIN_VALUE || t >= b.windowStart + intervalMillis || t < b.windowStart) {
      b.windowStart = t;
      b.windowCount = 0;
    }
    long day = now.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    if (b.day != day) {
      b.day = day;
      b.dayCount = 0;
    }
    if (b.dayCount >= dailyMax) {
      long nextDay = (day + 1) * 86_400_000L;
      return new Decision(false, Math.max(0, burstMax - b.windowCount), 0, nextDay - t);
    }
    if (b.windowCount >= burstMax) {
      return new Decision(false, 0, dailyMax - b.dayCount, b.windowStart + intervalMillis - t);
    }
    b.windowCount++;
    b.dayCount++;
    return new Decision(true, burstMax - b.windowCount, dailyMax - b.dayCount, 0);
  }

  /** Header values without counting (for calls rejected before a bucket is known). */
  public Decision peekFull() {
    return new Decision(true, burstMax, dailyMax, 0);
  }
}
