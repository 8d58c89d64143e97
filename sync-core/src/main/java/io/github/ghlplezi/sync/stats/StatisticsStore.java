package io.github.ghlplezi.sync.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The statistics history: one value per (location, account, platform, metric, day), the last day
 * read per location, and the gaps. {@code InMemoryStatisticsStore} and {@code JdbcStatisticsStore}
 * (package {@code sync.store}) implement it. Failures are {@code SyncStoreException}s.
 */
public interface StatisticsStore {

  /**
   * Stores one read: upserts the points, moves the location's last read day forward (never back),
   * records the gap; all or nothing.
   *
   * @param commit the read
   */
  void record(SnapshotCommit commit);

  /**
   * @param locationId a location
   * @return the last day a read of that location covered, empty before its first read
   */
  Optional<LocalDate> lastReadDay(String locationId);

  /**
   * @param query location, day range and optional account, platform and metric
   * @return the matching points
   */
  Series series(SeriesQuery query);

  /**
   * @param locationId a location
   * @return its gaps, oldest first
   */
  List<StatGap> gaps(String locationId);
}
