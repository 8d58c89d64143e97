package io.github.ghlplezi.sync.http.internal;

import okhttp3.Response;

/** HighLevel's X-RateLimit-* response headers; -1 for a missing or malformed value. */
public record RateHeaders(int max, long intervalMillis, int remaining, int dailyLimit, int dailyRemaining) {

  /** The headers of {@code response}, or null when it carries none of them. */
  public static RateHeaders of(Response response) {
    int max = intHeader(response, "X-RateLimit-Max");
    long interval = intHeader(response, "X-RateLimit-Interval-Milliseconds");
    int remaining = intHeader(response, "X-RateLimit-Remaining");
    int dailyLimit = intHeader(response, "X-RateLimit-Limit-Daily");
    int dailyRemaining = intHeader(response, "X-RateLimit-Daily-Remaining");
    if (max < 0 && interval < 0 && remaining < 0 && dailyLimit < 0 && dailyRemaining < 0) {
      return null;
    }
    return new RateHeaders(max, interval, remaining, dailyLimit, dailyRemaining);
  }

  private static int intHeader(Response response, String name) {
    String v = response.header(name);
    if (v == null) {
      return -1;
    }
    try {
      int i = Integer.parseInt(v.trim());
      return i < 0 ? -1 : i;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
