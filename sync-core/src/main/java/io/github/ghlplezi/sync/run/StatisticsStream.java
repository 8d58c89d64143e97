package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.http.FailureKind;
import io.github.ghlplezi.sync.SyncFailure;
import io.github.ghlplezi.sync.fetch.StatisticsReading;
import io.github.ghlplezi.sync.fetch.StatisticsSource;
import io.github.ghlplezi.sync.stats.SnapshotCommit;
import io.github.ghlplezi.sync.stats.StatGap;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistics stream: per location, reads HighLevel's window ({@link StatisticsSource}) and stores
 * one value per (location, account, platform, metric, day) ({@link StatisticsStore}). Re-reading a
 * day replaces it. When the window starts after the day following the location's last read, the
 * missing days are recorded as a {@link StatGap}; nothing is invented for them.
 */
public final class StatisticsStream {

  private static final Logger LOG = LoggerFactory.getLogger(StatisticsStream.class);

  private final StatisticsSource source;
  private final StatisticsStore store;
  private final Clock clock;

  /**
   * @param source the fetch port ({@code GhlStatisticsSource} in production)
   * @param store the history ({@code JdbcStatisticsStore} in production)
   * @param clock today's date (UTC) decides the window
   */
  public StatisticsStream(StatisticsSource source, StatisticsStore store, Clock clock) {
    this.source = Objects.requireNonNull(source, "source");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** @return the history this stream writes to */
  public StatisticsStore store() {
    return store;
  }

  /**
   * Reads and stores the window of every selected location, one after another.
   *
   * @param selection the locations
   * @return one outcome per location, in order; never throws for a remote or store failure
   */
  public List<StatisticsOutcome> collect(Selection selection) {
    return selection.mappings().stream().map(m -> collect(m.locationId())).toList();
  }

  /**
   * Reads and stores the window of one location.
   *
   * @param locationId the HighLevel location id
   * @return what was stored, or why nothing was
   */
  public StatisticsOutcome collect(String locationId) {
    Instant now = clock.instant();
    StatisticsReading reading;
    try {
      reading = source.read(locationId, LocalDate.ofInstant(now, ZoneOffset.UTC));
    } catch (RuntimeException e) {
      LOG.warn("statistics of location {} not read: {}", locationId, e.getMessage());
      return new StatisticsOutcome.Failed(locationId, SyncFailure.of(SyncFailure.Stage.FETCH, e));
    }
    try {
      StatGap gap = StatGap.between(locationId, store.lastReadDay(locationId).orElse(null), reading.firstDay());
      List<StatPoint> points = reading.values().stream().map(v -> new StatPoint(locationId, v.accountId(),
          v.platform(), v.metric(), v.day(), v.value())).toList();
      store.record(new SnapshotCommit(locationId, reading.lastDay(), points, gap, now));
      if (gap != null) {
        LOG.info("statistics of location {}: {} days not read ({} to {}), recorded as a gap", locationId,
            gap.days(), gap.firstDay(), gap.lastDay());
      }
      return new StatisticsOutcome.Read(locationId, reading.firstDay(), reading.lastDay(), points.size(),
          Optional.ofNullable(gap), reading.skipped(), reading.requests());
    } catch (RuntimeException e) {
      return new StatisticsOutcome.Failed(locationId, new SyncFailure(SyncFailure.Stage.RECORD, FailureKind.TRANSIENT,
          0, Optional.empty(), e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }
}
