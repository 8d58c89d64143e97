package io.github.ghlplezi.sync.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored daily value: the key is (location, account, platform, metric, day).
 *
 * @param locationId the HighLevel location id
 * @param accountId the HighLevel account id
 * @param platform e.g. {@code facebook}
 * @param metric e.g. {@code impressions}
 * @param day the day (UTC)
 * @param value the value HighLevel reported for that day
 */
public record StatPoint(String locationId, String accountId, String platform, String metric, LocalDate day,
    double value) {

  /**
   * Checks the fields.
   *
   * @param locationId the HighLevel location id
   * @param accountId the HighLevel account id
   * @param platform e.g. {@code facebook}
   * @param metric e.g. {@code impressions}
   * @param day the day (UTC)
   * @param value the value HighLevel reported for that day
   */
  public StatPoint {
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(day, "day");
  }
}
