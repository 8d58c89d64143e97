package io.github.ghlplezi.http;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses a {@code Retry-After} header: delta-seconds or an HTTP-date (RFC 9110 section 10.2.3).
 * Never throws on what a server sends: a value too large to use (such as
 * {@code 9223372036854775807} or a date in year 9999) is clamped to {@link #MAX}, which every caller
 * treats as "do not wait for it".
 */
public final class RetryAfter {

  /** The largest wait this parser reports: one year. */
  public static final Duration MAX = Duration.ofDays(365);

  private RetryAfter() {}

  /**
   * The advised wait.
   *
   * @param value the header value, may be {@code null}
   * @param now the current time, for an HTTP-date
   * @return the wait, between zero and {@link #MAX}; empty when absent or malformed
   */
  public static Optional<Duration> parse(String value, Instant now) {
    Objects.requireNonNull(now, "now");
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.isEmpty() || v.length() > 64) {
      return Optional.empty();
    }
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // More digits than a long holds is still "very long", not malformed.
      long seconds = v.length() > 18 ? Long.MAX_VALUE : Long.parseLong(v);
      return Optional.of(seconds >= MAX.getSeconds() ? MAX : Duration.ofSeconds(seconds));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      if (!at.isAfter(now)) {
        return Optional.of(Duration.ZERO);
      }
      return Optional.of(at.isAfter(now.plus(MAX)) ? MAX : Duration.between(now, at));
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
