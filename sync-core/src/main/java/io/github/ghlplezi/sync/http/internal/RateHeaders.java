package io.github.ghlplezi.sync.http.internal;

import okhttp3.Response;

/**
 * HighLevel's X-RateLimit-* response headers, each clamped to a sane range (a hostile or broken
 * answer must not size a budget at two billion slots nor close it for weeks); -1 for a missing or
 * malformed value.
 */
public record RateHeaders(int max, long intervalMillis, int remaining, int dailyLimit, int dailyRemaining) {

  /** Largest burst accepted from {@code X-RateLimit-Max} (HighLevel publishes 100). */
  public static final int MAX_BURST = 10_000;
  /** Shortest interval accepted from {@code X-RateLimit-Interval-Milliseconds} (HighLevel: 10 s). */
  public static final long MIN_INTERVAL_MILLIS = 1_000;
  /** Longest interval accepted from {@code X-RateLimit-Interval-Milliseconds}. */
  public static final long MAX_INTERVAL_MILLIS = 3_600_000;
  /** Largest daily limit accepted from {@code X-RateLimit-Limit-Daily} (HighLevel publishes 200,000). */
  public static final int MAX_DAILY = 10_000_000;

  /** The headers of {@code response}, clamped, or null when it carries none of them. */
  public static RateHeaders of(Response response) {
    long max = header(response, "X-RateLimit-Max");
    long interval = header(response, "X-RateLimit-Interval-Milliseconds");
    long remaining = header(response, "X-RateLimit-Remaining");
    long dailyLimit = header(response, "X-RateLimit-Limit-Daily");
    long dailyRemaining = header(response, "X-RateLimit-Daily-Remaining");
    if (max < 0 && interval < 0 && remaining < 0 && dailyLimit < 0 && dailyRemaining < 0) {
      return null;
    }
    return new RateHeaders(
        (int) clamp(max, 1, MAX_BURST),
        clamp(interval, MIN_INTERVAL_MILLIS, MAX_INTERVAL_MILLIS),
        (int) clamp(remaining, 0, MAX_BURST),
        (int) clamp(dailyLimit, 1, MAX_DAILY),
        (int) clamp(dailyRemaining, 0, MAX_DAILY));
  }

  private static long clamp(long value, long min, long max) {
    return value < 0 ? -1 : Math.max(min, Math.min(max, value));
  }

  /** The header as a non-negative number (saturated at {@code Long.MAX_VALUE}), or -1. */
  private static long header(Response response, String name) {
    String v = response.header(name);
    if (v == null) {
      return -1;
    }
    String t = v.trim();
    if (t.isEmpty() || t.length() > 40 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
