package io.github.ghlplezi.connector.webhook;

import io.github.ghlplezi.connector.internal.SqlScripts;
import io.github.ghlplezi.ghl.webhook.WebhookIdStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The installed locations and the accepted webhook ids, in the connector's database (PostgreSQL or
 * H2, plain SQL both understand). A unique key decides races between replicas: the one insert that
 * succeeds is the one change.
 */
public final class JdbcLocationRegistry implements LocationRegistry, WebhookIdStore {

  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;
  private final Clock clock;

  /**
   * @param dataSource the connector's database
   * @param clock stamps installs and expires webhook ids
   */
  public JdbcLocationRegistry(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Creates the tables when missing; safe to run again and from several processes.
   *
   * @return this registry
   */
  public JdbcLocationRegistry createSchemaIfMissing() {
    SqlScripts.apply(dataSource, JdbcLocationRegistry.class, "schema.sql");
    return this;
  }

  @Override
  public boolean add(String locationId) {
    return insert("INSERT INTO ghlplezi_installed_location (location_id, installed_at) VALUES (?, ?)",
        locationId, clock.millis());
  }

  @Override
  public boolean remove(String locationId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM ghlplezi_installed_location WHERE location_id = ?")) {
      s.setString(1, locationId);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove an installed location: " + e.getMessage(), e);
    }
  }

  @Override
  public Set<String> installed() {
    Set<String> ids = new TreeSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT location_id FROM ghlplezi_installed_location");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read installed locations: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean markSeen(String webhookId, Instant forgetAfter) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM ghlplezi_webhook_id WHERE forget_after < ?")) {
      s.setLong(1, clock.millis());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot expire webhook ids: " + e.getMessage(), e);
    }
    return insert("INSERT INTO ghlplezi_webhook_id (webhook_id, forget_after) VALUES (?, ?)",
        webhookId, forgetAfter.toEpochMilli());
  }

  private boolean insert(String sql, String key, long millis) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      s.setLong(2, millis);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw new IllegalStateException("cannot record " + sql.substring(12, sql.indexOf(' ', 12)) + ": "
          + e.getMessage(), e);
    }
  }
}
