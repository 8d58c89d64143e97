package io.github.ghlplezi.notify.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * When the digest of the week that ended goes out: a day of the week and an hour, read in each
 * recipient's time zone. With the default (Monday, 08:00) the digest of week 48 goes out on the
 * Monday of week 49 at 08:00; a process down at that moment sends it when it next runs during week 49.
 *
 * @param day the day of the week
 * @param hour the hour of that day, 0 to 23
 */
public record DigestSchedule(DayOfWeek day, int hour) {

  /**
   * Checks the fields.
   *
   * @param day the day of the week
   * @param hour the hour of that day, 0 to 23
   */
  public DigestSchedule {
    Objects.requireNonNull(day, "day");
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("hour must be between 0 and 23: " + hour);
    }
  }

  /**
   * Monday at 08:00.
   *
   * @return the default schedule
   */
  public static DigestSchedule mondayMorning() {
    return new DigestSchedule(DayOfWeek.MONDAY, 8);
  }

  /**
   * The week whose digest is due at a moment: the week before the current one (in the zone), once
   * the current week's send time has passed.
   *
   * @param now the moment
   * @param zone the recipient's time zone
   * @return the week due, empty before this week's send time
   */
  public Optional<DigestWeek> dueWeek(Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant sendAt = monday.plusDays(day.getValue() - 1L).atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    return now.isBefore(sendAt) ? Optional.empty() : Optional.of(DigestWeek.of(monday).previous());
  }
}
