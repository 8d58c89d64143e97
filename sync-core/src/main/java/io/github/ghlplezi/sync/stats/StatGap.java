package io.github.ghlplezi.sync.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days of a location that no read covered (the location was not read for more than the window's
 * length). The series holds no value for them; nothing is invented.
 *
 * @param locationId the HighLevel location id
 * @param firstDay the first missing day
 * @param lastDay the last missing day
 */
public record StatGap(String locationId, LocalDate firstDay, LocalDate lastDay) {

  /**
   * Checks the fields.
   *
   * @param locationId the HighLevel location id
   * @param firstDay the first missing day
   * @param lastDay the last missing day
   */
  public StatGap {
    Objects.requireNonNull(locationId, "locationId");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("gap ends " + lastDay + " before it starts " + firstDay);
    }
  }

  /** @return how many days are missing */
  public long days() {
    return lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
  }

  /**
   * The gap between a location's last read day and a new window, if any.
   *
   * @param locationId the location
   * @param lastReadDay the last day an earlier read covered, or {@code null} on the first read
   * @param windowFirstDay the first day of the new window
   * @return the missing days, or {@code null} when the window starts on or before the day after
   */
  public static StatGap between(String locationId, LocalDate lastReadDay, LocalDate windowFirstDay) {
    if (lastReadDay == null || !windowFirstDay.isAfter(lastReadDay.plusDays(1))) {
      return null;
    }
    return new StatGap(locationId, lastReadDay.plusDays(1), windowFirstDay.minusDays(1));
  }
}
