package io.github.ghlplezi.sync.alert;

import io.github.ghlplezi.sync.store.SyncStoreException;
import io.github.ghlplezi.sync.store.internal.Dialect;
import io.github.ghlplezi.sync.store.internal.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.sql.DataSource;

/**
 * An {@link AlertStore} in PostgreSQL or H2 through plain {@code java.sql}, on the engine's dialect
 * layer; replicas share it. Versioned DDL:
 * {@code io/github/ghlplezi/sync/store/{postgresql,h2}/V<n>__alerts.sql}; {@link #createSchemaIfMissing()}
 * is safe to call on every start. Times are epoch milliseconds.
 *
 * <p>The compare-and-set is an {@code INSERT} for a subject never stored (the primary key refuses the
 * second replica) and an {@code UPDATE ... WHERE version = ?} afterwards (it changes no row for the
 * second replica). Failures are thrown as {@link SyncStoreException}.
 */
public final class JdbcAlertStore implements AlertStore {

  private static final int SCHEMA_VERSION = 1;
  private static final String STATE_COLUMNS =
      "rule_name, location_id, account_id, status, last_value, crossings, fired_at, updated_at, version";
  private static final String LETTER_COLUMNS = "id, alert_key, kind, location_id, raised_at, title, message, details,"
      + " sink, attempts, last_error, failed_at, replayed_at";

  private final DataSource dataSource;
  private final Dialect dialect;

  /**
   * A store on a database.
   *
   * @param dataSource where the tables live; the dialect is detected from it
   * @throws SyncStoreException when the database cannot be reached or is neither PostgreSQL nor H2
   */
  public JdbcAlertStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      this.dialect = Dialect.of(c);
    } catch (SQLException e) {
      throw new SyncStoreException("cannot detect the database of the alert store", e);
    }
  }

  /**
   * Creates or upgrades the tables; safe to run again, and from several processes.
   *
   * @return this store
   */
  public JdbcAlertStore createSchemaIfMissing() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      Schema.migrate(c, dialect, "alerts", SCHEMA_VERSION);
      return this;
    } catch (SQLException e) {
      throw new SyncStoreException("cannot create the alert store's schema", e);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T run(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      return work.run(c);
    } catch (SQLException e) {
      throw new SyncStoreException("alert store: " + what + " failed", e);
    }
  }

  @Override
  public Optional<AlertState> state(String rule, String locationId, String accountId) {
    return run("reading the state of " + rule + " for " + locationId, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + STATE_COLUMNS
          + " FROM ghlplezi_alert_state WHERE rule_name = ? AND location_id = ? AND account_id = ?")) {
        ps.setString(1, rule);
        ps.setString(2, locationId);
        ps.setString(3, accountId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(state(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<AlertState> states() {
    return run("reading the alert states", c -> {
      List<AlertState> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + STATE_COLUMNS
          + " FROM ghlplezi_alert_state ORDER BY rule_name, location_id, account_id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(state(rs));
        }
      }
      return out;
    });
  }

  private static AlertState state(ResultSet rs) throws SQLException {
    double value = rs.getDouble(5);
    OptionalDouble lastValue = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    long fired = rs.getLong(7);
    Optional<Instant> firedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(fired));
    return new AlertState(rs.getString(1), rs.getString(2), rs.getString(3), AlertState.Status.valueOf(rs.getString(4)),
        lastValue, rs.getInt(6), firedAt, Instant.ofEpochMilli(rs.getLong(8)), rs.getLong(9));
  }

  @Override
  public boolean compareAndSet(AlertState next) {
    return run("storing the state of " + next.rule() + " for " + next.locationId(), c -> cas(c, next));
  }

  private static boolean cas(Connection c, AlertState next) throws SQLException {
    if (next.version() == 0) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO ghlplezi_alert_state (" + STATE_COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
        ps.setString(1, next.rule());
        ps.setString(2, next.locationId());
        ps.setString(3, next.accountId());
        bindMutable(ps, 4, next);
        return ps.executeUpdate() == 1;
      } catch (SQLException e) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
          return false;   // integrity constraint: another process stored the first state
        }
        throw e;
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE ghlplezi_alert_state SET status = ?, last_value = ?,"
        + " crossings = ?, fired_at = ?, updated_at = ?, version = ?"
        + " WHERE rule_name = ? AND location_id = ? AND account_id = ? AND version = ?")) {
      bindMutable(ps, 1, next);
      ps.setLong(6, next.version() + 1);
      ps.setString(7, next.rule());
      ps.setString(8, next.locationId());
      ps.setString(9, next.accountId());
      ps.setLong(10, next.version());
      return ps.executeUpdate() == 1;
    }
  }

  @Override
  public boolean fire(AlertState next, Alert alert, Instant now) {
    return run("firing " + alert.key(), c -> {
      c.setAutoCommit(false);
      try {
        if (!cas(c, next)) {
          c.rollback();
          return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ghlplezi_alert_pending (alert_key, kind,"
            + " location_id, raised_at, title, message, details, claimed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          bindAlert(ps, alert);
          ps.setLong(8, now.toEpochMilli());
          ps.executeUpdate();
        }
        c.commit();
        return true;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    });
  }

  /** Binds key, kind, location, raised at, title, message and details as parameters 1 to 7. */
  private static void bindAlert(PreparedStatement ps, Alert a) throws SQLException {
    ps.setString(1, a.key());
    ps.setString(2, a.kind().name());
    ps.setString(3, a.locationId());
    ps.setLong(4, a.raisedAt().toEpochMilli());
    ps.setString(5, a.title());
    ps.setString(6, a.message());
    ps.setString(7, AlertJson.details(a.details()));
  }

  /** Reads an alert from columns {@code first} to {@code first + 6}, in {@link #bindAlert}'s order. */
  private static Alert alert(ResultSet rs, int first) throws SQLException {
    return new Alert(rs.getString(first), AlertKind.valueOf(rs.getString(first + 1)), rs.getString(first + 2),
        Instant.ofEpochMilli(rs.getLong(first + 3)), rs.getString(first + 4), rs.getString(first + 5),
        AlertJson.details(rs.getString(first + 6)));
  }

  @Override
  public void settle(String alertKey) {
    run("settling " + alertKey, c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM ghlplezi_alert_pending WHERE alert_key = ?")) {
        ps.setString(1, alertKey);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public List<Alert> claimPending(Instant staleBefore, Instant now) {
    return run("claiming pending alerts", c -> {
      List<Alert> stale = new ArrayList<>();
      List<Long> claims = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT alert_key, kind, location_id, raised_at, title, message,"
          + " details, claimed_at FROM ghlplezi_alert_pending WHERE claimed_at < ? ORDER BY raised_at, alert_key")) {
        ps.setLong(1, staleBefore.toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stale.add(alert(rs, 1));
            claims.add(rs.getLong(8));
          }
        }
      }
      List<Alert> claimed = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE ghlplezi_alert_pending SET claimed_at = ? WHERE alert_key = ? AND claimed_at = ?")) {
        for (int i = 0; i < stale.size(); i++) {
          ps.setLong(1, now.toEpochMilli());
          ps.setString(2, stale.get(i).key());
          ps.setLong(3, claims.get(i));
          if (ps.executeUpdate() == 1) {
            claimed.add(stale.get(i));
          }
        }
      }
      return claimed;
    });
  }

  /** Binds status, last value, crossings, fired at and updated at from {@code first}. */
  private static void bindMutable(PreparedStatement ps, int first, AlertState s) throws SQLException {
    ps.setString(first, s.status().name());
    if (s.lastValue().isPresent()) {
      ps.setDouble(first + 1, s.lastValue().getAsDouble());
    } else {
      ps.setNull(first + 1, Types.DOUBLE);
    }
    ps.setInt(first + 2, s.crossings());
    if (s.firedAt().isPresent()) {
      ps.setLong(first + 3, s.firedAt().get().toEpochMilli());
    } else {
      ps.setNull(first + 3, Types.BIGINT);
    }
    ps.setLong(first + 4, s.updatedAt().toEpochMilli());
  }

  @Override
  public AlertDeadLetter addDeadLetter(AlertDeadLetter letter) {
    return run("storing an alert dead letter", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO ghlplezi_alert_dead_letter (alert_key, kind,"
          + " location_id, raised_at, title, message, details, sink, attempts, last_error, failed_at, replayed_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        bindAlert(ps, letter.alert());
        ps.setString(8, letter.sink());
        ps.setInt(9, letter.attempts());
        ps.setString(10, letter.lastError());
        ps.setLong(11, letter.failedAt().toEpochMilli());
        if (letter.replayedAt().isPresent()) {
          ps.setLong(12, letter.replayedAt().get().toEpochMilli());
        } else {
          ps.setNull(12, Types.BIGINT);
        }
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          return letter.withId(keys.getLong(1));
        }
      }
    });
  }

  @Override
  public List<AlertDeadLetter> deadLetters() {
    return run("reading alert dead letters", c -> {
      List<AlertDeadLetter> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + LETTER_COLUMNS
          + " FROM ghlplezi_alert_dead_letter ORDER BY id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Alert alert = alert(rs, 2);
          long replayed = rs.getLong(13);
          Optional<Instant> replayedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(replayed));
          out.add(new AlertDeadLetter(rs.getLong(1), alert, rs.getString(9), rs.getInt(10), rs.getString(11),
              Instant.ofEpochMilli(rs.getLong(12)), replayedAt));
        }
      }
      return out;
    });
  }

  @Override
  public boolean recordReplay(long id, boolean delivered, String error, Instant at) {
    return run("recording a replay of alert dead letter " + id, c -> {
      String sql = delivered
          ? "UPDATE ghlplezi_alert_dead_letter SET attempts = attempts + 1, replayed_at = ? WHERE id = ?"
              + " AND replayed_at IS NULL"
          : "UPDATE ghlplezi_alert_dead_letter SET attempts = attempts + 1, failed_at = ?, last_error = ? WHERE id = ?"
              + " AND replayed_at IS NULL";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        ps.setLong(i++, at.toEpochMilli());
        if (!delivered) {
          ps.setString(i++, error);
        }
        ps.setLong(i, id);
        return ps.executeUpdate() == 1;
      }
    });
  }
}
