package io.github.ghlplezi.sync.fetch;

import java.time.LocalDate;

/**
 * Port of the statistics fetch stage: the daily values of every connected account of one location
 * for the window HighLevel serves (the 7 days before {@code today}).
 *
 * <p>{@link GhlStatisticsSource} implements it with ghl-client. A failure is thrown as the client's
 * own unchecked exception; the caller classifies it.
 */
@FunctionalInterface
public interface StatisticsSource {

  /**
   * Reads the statistics window of a location.
   *
   * @param locationId the HighLevel location id
   * @param today the caller's current day (UTC); the window is the 7 days before it
   * @return the daily values, per account, platform and metric, and the accounts not read
   */
  StatisticsReading read(String locationId, LocalDate today);
}
