package io.github.ghlplezi.sync.stats;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The points a {@link SeriesQuery} found, ordered by account, platform, metric and day, with the
 * arithmetic the embedding application needs: totals, week-over-week change, CSV.
 */
public final class Series {

  /** The order of {@link #points()}. */
  public static final Comparator<StatPoint> ORDER = Comparator.comparing(StatPoint::accountId)
      .thenComparing(StatPoint::platform).thenComparing(StatPoint::metric).thenComparing(StatPoint::day);

  private final SeriesQuery query;
  private final List<StatPoint> points;

  /**
   * @param query what was asked
   * @param points what matched, in any order
   */
  public Series(SeriesQuery query, List<StatPoint> points) {
    this.query = query;
    this.points = points.stream().sorted(ORDER).toList();
  }

  /**
   * These points with newer values laid over them: a newer point replaces the point of the same
   * account, platform, metric and day; newer points outside the query's location or days are left out.
   * A dry run uses it to see a read's values without storing them.
   *
   * @param newer the newer points (for example a read not stored yet)
   * @return a series of the same query
   */
  public Series overlay(List<StatPoint> newer) {
    java.util.Map<String, StatPoint> byKey = new java.util.LinkedHashMap<>();
    points.forEach(p -> byKey.put(key(p), p));
    newer.stream().filter(query::matches).forEach(p -> byKey.put(key(p), p));
    return new Series(query, List.copyOf(byKey.values()));
  }

  private static String key(StatPoint p) {
    return p.accountId() + '\u001f' + p.platform() + '\u001f' + p.metric() + '\u001f' + p.day();
  }

  /** @return the query */
  public SeriesQuery query() {
    return query;
  }

  /** @return the points, ordered by account, platform, metric and day */
  public List<StatPoint> points() {
    return points;
  }

  /** @return the sum of every point (meaningful for one metric) */
  public double total() {
    return points.stream().mapToDouble(StatPoint::value).sum();
  }

  /**
   * The sum of the points between two days, both included.
   *
   * @param from the first day
   * @param to the last day
   * @return the sum
   */
  public double total(LocalDate from, LocalDate to) {
    return points.stream().filter(p -> !p.day().isBefore(from) && !p.day().isAfter(to))
        .mapToDouble(StatPoint::value).sum();
  }

  /**
   * The change, in percent, of the 7 days ending on {@code lastDay} against the 7 days before.
   *
   * @param lastDay the last day of the current week
   * @return the change, empty when the previous week sums to 0
   */
  public OptionalDouble weekOverWeek(LocalDate lastDay) {
    double current = total(lastDay.minusDays(6), lastDay);
    double previous = total(lastDay.minusDays(13), lastDay.minusDays(7));
    return previous == 0 ? OptionalDouble.empty() : OptionalDouble.of((current - previous) * 100.0 / previous);
  }

  /**
   * The points as CSV (RFC 4180, CRLF line ends, header
   * {@code location_id,account_id,platform,metric,day,value}).
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder("location_id,account_id,platform,metric,day,value\r\n");
    for (StatPoint p : points) {
      out.append(csv(p.locationId())).append(',').append(csv(p.accountId())).append(',')
          .append(csv(p.platform())).append(',').append(csv(p.metric())).append(',')
          .append(p.day()).append(',').append(number(p.value())).append("\r\n");
    }
    return out.toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }

  private static String csv(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
