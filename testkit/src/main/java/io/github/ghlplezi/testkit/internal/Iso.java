package io.github.ghlplezi.testkit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** ISO 8601 in the vendors' style: UTC with milliseconds, e.g. 2023-08-02T00:00:00.000Z. */
public final class Iso {
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Iso() {}

  public static String format(Instant instant) {
    return MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** A date from "2026-01-01", "2026-01-01T10:00:00Z" or "2026-01-01T10:00:00.000+02:00". */
  public static LocalDate parseDate(String text) {
    if (text.length() == 10) {
      return LocalDate.parse(text);
    }
    return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
  }
}
