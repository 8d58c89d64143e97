package io.github.ghlplezi.sync.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time-series query: one location, a day range (both ends included), and optionally one account,
 * platform and metric ({@code null} = all).
 *
 * @param locationId the HighLevel location id
 * @param accountId one account, or {@code null}
 * @param platform one platform, or {@code null}
 * @param metric one metric, or {@code null}
 * @param from the first day
 * @param to the last day
 */
public record SeriesQuery(String locationId, String accountId, String platform, String metric, LocalDate from,
    LocalDate to) {

  /**
   * Checks the fields.
   *
   * @param locationId the HighLevel location id
   * @param accountId one account, or {@code null}
   * @param platform one platform, or {@code null}
   * @param metric one metric, or {@code null}
   * @param from the first day
   * @param to the last day
   */
  public SeriesQuery {
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
  }

  /**
   * Every account, platform and metric of a location between two days.
   *
   * @param locationId the location
   * @param from the first day
   * @param to the last day
   * @return the query
   */
  public static SeriesQuery of(String locationId, LocalDate from, LocalDate to) {
    return new SeriesQuery(locationId, null, null, null, from, to);
  }

  /**
   * @param id the account
   * @return this query for one account
   */
  public SeriesQuery account(String id) {
    return new SeriesQuery(locationId, id, platform, metric, from, to);
  }

  /**
   * @param name the platform
   * @return this query for one platform
   */
  public SeriesQuery platform(String name) {
    return new SeriesQuery(locationId, accountId, name, metric, from, to);
  }

  /**
   * @param name the metric
   * @return this query for one metric
   */
  public SeriesQuery metric(String name) {
    return new SeriesQuery(locationId, accountId, platform, name, from, to);
  }

  /**
   * @param p a point
   * @return whether the point matches this query
   */
  public boolean matches(StatPoint p) {
    return p.locationId().equals(locationId) && (accountId == null || accountId.equals(p.accountId()))
        && (platform == null || platform.equals(p.platform())) && (metric == null || metric.equals(p.metric()))
        && !p.day().isBefore(from) && !p.day().isAfter(to);
  }
}
