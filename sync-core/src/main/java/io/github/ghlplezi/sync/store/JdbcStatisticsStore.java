package io.github.ghlplezi.sync.store;

import io.github.ghlplezi.sync.stats.Series;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.SnapshotCommit;
import io.github.ghlplezi.sync.stats.StatGap;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import io.github.ghlplezi.sync.store.internal.Dialect;
import io.github.ghlplezi.sync.store.internal.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link StatisticsStore} in PostgreSQL or H2 through plain {@code java.sql}, on the engine's
 * dialect layer. Versioned DDL: {@code io/github/ghlplezi/sync/store/{postgresql,h2}/V<n>__stats.sql};
 * {@link #createSchemaIfMissing()} is safe to call on every start. Days are SQL {@code DATE}s, times
 * epoch milliseconds.
 */
public final class JdbcStatisticsStore implements StatisticsStore {

  private static final int SCHEMA_VERSION = 1;
  private static final int BATCH = 1_000;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String upsertPoint;
  private final String upsertRead;
  private final String upsertGap;

  /**
   * @param dataSource where the tables live; the dialect is detected from it
   * @throws SyncStoreException when the database cannot be reached or is neither PostgreSQL nor H2
   */
  public JdbcStatisticsStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      this.dialect = Dialect.of(c);
    } catch (SQLException e) {
      throw new SyncStoreException("cannot detect the database of the statistics store", e);
    }
    upsertPoint = dialect.upsert("ghlplezi_stat_point",
        List.of("location_id", "account_id", "platform", "metric", "stat_day"),
        "location_id", "account_id", "platform", "metric", "stat_day", "stat_value", "read_at");
    upsertRead = dialect.upsert("ghlplezi_stat_read", List.of("location_id"), "location_id", "last_day", "read_at");
    upsertGap = dialect.upsert("ghlplezi_stat_gap", List.of("location_id", "first_day"),
        "location_id", "first_day", "last_day", "recorded_at");
  }

  /**
   * Creates or upgrades the tables; safe to run again, and from several processes.
   *
   * @return this store
   */
  public JdbcStatisticsStore createSchemaIfMissing() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      Schema.migrate(c, dialect, "stats", SCHEMA_VERSION);
      return this;
    } catch (SQLException e) {
      throw new SyncStoreException("cannot create the statistics store's schema", e);
    }
  }

  @Override
  public void record(SnapshotCommit commit) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long at = commit.readAt().toEpochMilli();
        try (PreparedStatement ps = c.prepareStatement(upsertPoint)) {
          int pending = 0;
          for (StatPoint p : commit.points()) {
            ps.setString(1, p.locationId());
            ps.setString(2, p.accountId());
            ps.setString(3, p.platform());
            ps.setString(4, p.metric());
            ps.setObject(5, p.day());
            ps.setDouble(6, p.value());
            ps.setLong(7, at);
            ps.addBatch();
            if (++pending == BATCH) {
              ps.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            ps.executeBatch();
          }
        }
        LocalDate previous = lastReadDay(c, commit.locationId()).orElse(null);
        if (previous == null || commit.lastDay().isAfter(previous)) {
          try (PreparedStatement ps = c.prepareStatement(upsertRead)) {
            ps.setString(1, commit.locationId());
            ps.setObject(2, commit.lastDay());
            ps.setLong(3, at);
            ps.executeUpdate();
          }
        }
        if (commit.gap() != null) {
          try (PreparedStatement ps = c.prepareStatement(upsertGap)) {
            ps.setString(1, commit.locationId());
            ps.setObject(2, commit.gap().firstDay());
            ps.setObject(3, commit.gap().lastDay());
            ps.setLong(4, at);
            ps.executeUpdate();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new SyncStoreException("cannot record the statistics of location " + commit.locationId(), e);
    }
  }

  @Override
  public Optional<LocalDate> lastReadDay(String locationId) {
    try (Connection c = dataSource.getConnection()) {
      return lastReadDay(c, locationId);
    } catch (SQLException e) {
      throw new SyncStoreException("cannot read the last statistics day of location " + locationId, e);
    }
  }

  private static Optional<LocalDate> lastReadDay(Connection c, String locationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT last_day FROM ghlplezi_stat_read WHERE location_id = ?")) {
      ps.setString(1, locationId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getObject(1, LocalDate.class)) : Optional.empty();
      }
    }
  }

  @Override
  public Series series(SeriesQuery q) {
    StringBuilder sql = new StringBuilder("SELECT account_id, platform, metric, stat_day, stat_value"
        + " FROM ghlplezi_stat_point WHERE location_id = ? AND stat_day >= ? AND stat_day <= ?");
    List<String> extra = new ArrayList<>();
    if (q.accountId() != null) {
      sql.append(" AND account_id = ?");
      extra.add(q.accountId());
    }
    if (q.platform() != null) {
      sql.append(" AND platform = ?");
      extra.add(q.platform());
    }
    if (q.metric() != null) {
      sql.append(" AND metric = ?");
      extra.add(q.metric());
    }
    sql.append(" ORDER BY account_id, platform, metric, stat_day");
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
      ps.setString(1, q.locationId());
      ps.setObject(2, q.from());
      ps.setObject(3, q.to());
      for (int i = 0; i < extra.size(); i++) {
        ps.setString(4 + i, extra.get(i));
      }
      List<StatPoint> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StatPoint(q.locationId(), rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getObject(4, LocalDate.class), rs.getDouble(5)));
        }
      }
      return new Series(q, out);
    } catch (SQLException e) {
      throw new SyncStoreException("cannot read the statistics of location " + q.locationId(), e);
    }
  }

  @Override
  public List<StatGap> gaps(String locationId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT first_day, last_day FROM ghlplezi_stat_gap WHERE location_id = ? ORDER BY first_day")) {
      ps.setString(1, locationId);
      List<StatGap> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StatGap(locationId, rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new SyncStoreException("cannot read the statistics gaps of location " + locationId, e);
    }
  }
}
