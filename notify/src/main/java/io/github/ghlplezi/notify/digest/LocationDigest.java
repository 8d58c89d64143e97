package io.github.ghlplezi.notify.digest;

import java.util.List;
import java.util.Objects;

/**
 * One location's part of a digest.
 *
 * @param location the location
 * @param metrics its numbers, this week against last
 * @param chartLabel the charted metric's label
 * @param chartThisWeek the charted metric per day of the week, Monday first (7 values)
 * @param chartLastWeek the same for the week before (7 values)
 * @param tagChanges the tag changes of the week, oldest first
 * @param alerts the alerts raised during the week, oldest first
 * @param health how its sync fared
 */
public record LocationDigest(DigestLocation location, List<MetricLine> metrics, String chartLabel,
    List<Double> chartThisWeek, List<Double> chartLastWeek, List<TagChangeLine> tagChanges,
    List<AlertLine> alerts, SyncHealth health) {

  /**
   * Copies the lists and checks the fields.
   *
   * @param location the location
   * @param metrics its numbers
   * @param chartLabel the charted metric's label
   * @param chartThisWeek the charted metric per day, Monday first
   * @param chartLastWeek the same for the week before
   * @param tagChanges the tag changes of the week
   * @param alerts the alerts raised during the week
   * @param health how its sync fared
   */
  public LocationDigest {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(chartLabel, "chartLabel");
    Objects.requireNonNull(health, "health");
    metrics = List.copyOf(metrics);
    chartThisWeek = List.copyOf(chartThisWeek);
    chartLastWeek = List.copyOf(chartLastWeek);
    tagChanges = List.copyOf(tagChanges);
    alerts = List.copyOf(alerts);
    if (chartThisWeek.size() != 7 || chartLastWeek.size() != 7) {
      throw new IllegalArgumentException("a chart week has 7 days");
    }
  }
}
