package io.github.ghlplezi.sync.fetch;

import java.time.LocalDate;
import java.util.List;

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
   * The daily metrics HighLevel's Social Planner statistics give per account: {@code impressions},
   * {@code likes}, {@code followers}, {@code posts}. HighLevel reports no clicks (nor comments or
   * shares per day), so none can be stored or aggregated.
   */
  List<String> HIGHLEVEL_METRICS = List.of("impressions", "likes", "followers", "posts");

  /**
   * The metrics this source stores; aggregates over any other metric are refused when configured.
   *
   * @return the metric names, in the order error messages list them ({@link #HIGHLEVEL_METRICS} by default)
   */
  default List<String> metrics() {
    return HIGHLEVEL_METRICS;
  }

  /**
   * Reads the statistics window of a location.
   *
   * @param locationId the HighLevel location id
   * @param today the caller's current day (UTC); the window is the 7 days before it
   * @return the daily values, per account, platform and metric, and the accounts not read
   */
  StatisticsReading read(String locationId, LocalDate today);
}
