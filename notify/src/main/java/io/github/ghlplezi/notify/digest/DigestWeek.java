package io.github.ghlplezi.notify.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week (Monday to Sunday), e.g. {@code 2026-W48}.
 *
 * @param year the week-based year
 * @param week the week of that year, 1 to 53
 */
public record DigestWeek(int year, int week) implements Comparable<DigestWeek> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

  /**
   * Checks that the week exists.
   *
   * @param year the week-based year
   * @param week the week of that year
   */
  public DigestWeek {
    if (week < 1 || week > 53) {
      throw new IllegalArgumentException("week must be between 1 and 53: " + week);
    }
    if (week == 53 && LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum() < 53) {
      throw new IllegalArgumentException(year + " has no week 53");
    }
  }

  /**
   * The week a day falls in.
   *
   * @param day a day
   * @return its ISO week
   */
  public static DigestWeek of(LocalDate day) {
    return new DigestWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * Reads {@code 2026-W48}.
   *
   * @param text the week in ISO form
   * @return the week
   */
  public static DigestWeek parse(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO week (2026-W48): " + text);
    }
    return new DigestWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The week's first day.
   *
   * @return its Monday
   */
  public LocalDate monday() {
    return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * The week's last day.
   *
   * @return its Sunday
   */
  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  /**
   * The week before.
   *
   * @return the previous ISO week
   */
  public DigestWeek previous() {
    return of(monday().minusDays(7));
  }

  /**
   * The week after.
   *
   * @return the next ISO week
   */
  public DigestWeek next() {
    return of(monday().plusDays(7));
  }

  @Override
  public int compareTo(DigestWeek other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
  }

  /**
   * The ISO form.
   *
   * @return e.g. {@code 2026-W48}
   */
  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
