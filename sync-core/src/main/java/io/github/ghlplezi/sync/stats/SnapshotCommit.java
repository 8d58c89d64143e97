package io.github.ghlplezi.sync.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one read of a location stores, in one transaction: the points (replacing those of the same
 * key), the last day read, and the gap before the window if there is one.
 *
 * @param locationId the HighLevel location id
 * @param lastDay the last day the read covered
 * @param points the values read
 * @param gap the days no read covered, or {@code null}
 * @param readAt when the read happened
 */
public record SnapshotCommit(String locationId, LocalDate lastDay, List<StatPoint> points, StatGap gap,
    Instant readAt) {

  /**
   * Copies the points and checks the fields.
   *
   * @param locationId the HighLevel location id
   * @param lastDay the last day the read covered
   * @param points the values read
   * @param gap the days no read covered, or {@code null}
   * @param readAt when the read happened
   */
  public SnapshotCommit {
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(readAt, "readAt");
    points = List.copyOf(points);
  }
}
