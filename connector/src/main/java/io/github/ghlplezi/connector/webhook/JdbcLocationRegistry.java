package io.github.ghlplezi.connector.webhook;

import io.github.ghlplezi.connector.internal.SqlScripts;
import io.github.ghlplezi.ghl.webhook.WebhookVerifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The installed locations and the accepted webhook ids, in the connector's database (PostgreSQL or
 * H2, plain SQL both understand). A webhook id and the change it brings are written in one
 * transaction; the id's unique key decides races between replicas: the one transaction that commits
 * is the one change, the others roll back whole.
 */
public final class JdbcLocationRegistry implements LocationRegistry {

  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;
  private final Clock clock;
  private final Duration idRetention;

  /**
   * Keeps webhook ids for {@link WebhookVerifier#DEFAULT_ID_RETENTION}.
   *
   * @param dataSource the connector's database
   * @param clock stamps installs and expires webhook ids
   */
  public JdbcLocationRegistry(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.idRetention = WebhookVerifier.DEFAULT_ID_RETENTION;
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

  /**
   * Adds a location outside any webhook (an authorization code exchanged by hand).
   *
   * @param locationId the location
   * @return {@code true} if it was not installed before
   */
  public boolean add(String locationId) {
    return install(Optional.empty(), locationId) == Change.CHANGED;
  }

  @Override
  public Change install(Optional<String> webhookId, String locationId) {
    return change(webhookId, locationId, true);
  }

  @Override
  public Change uninstall(Optional<String> webhookId, String locationId) {
    return change(webhookId, locationId, false);
  }

  private Change change(Optional<String> webhookId, String locationId, boolean install) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long now = clock.millis();
        if (webhookId.isPresent()) {
          try (PreparedStatement expire = c.prepareStatement("DELETE FROM ghlplezi_webhook_id WHERE forget_after < ?")) {
            expire.setLong(1, now);
            expire.executeUpdate();
          }
          try (PreparedStatement id = c.prepareStatement(
              "INSERT INTO ghlplezi_webhook_id (webhook_id, forget_after) VALUES (?, ?)")) {
            id.setString(1, webhookId.get());
            id.setLong(2, now + idRetention.toMillis());
            id.executeUpdate();
          } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
              c.rollback();
              return Change.DUPLICATE;
            }
            throw e;
          }
        }
        boolean changed = install ? insertIfAbsent(c, locationId, now) : delete(c, locationId);
        c.commit();
        return changed ? Change.CHANGED : Change.UNCHANGED;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailed) {
          e.addSuppressed(rollbackFailed);   // the connection is gone: the database discards the transaction
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the " + (install ? "install" : "uninstall") + " of location "
          + locationId + " (nothing was recorded): " + e.getMessage(), e);
    }
  }

  private static boolean insertIfAbsent(Connection c, String locationId, long now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO ghlplezi_installed_location (location_id, installed_at) SELECT ?, ? WHERE NOT EXISTS "
            + "(SELECT 1 FROM ghlplezi_installed_location WHERE location_id = ?)")) {
      s.setString(1, locationId);
      s.setLong(2, now);
      s.setString(3, locationId);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;   // another replica installed it meanwhile (a different delivery)
      }
      throw e;
    }
  }

  private static boolean delete(Connection c, String locationId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM ghlplezi_installed_location WHERE location_id = ?")) {
      s.setString(1, locationId);
      return s.executeUpdate() == 1;
    }
  }

  @Override
  public boolean seen(String webhookId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT 1 FROM ghlplezi_webhook_id WHERE webhook_id = ? AND forget_after >= ?")) {
      s.setString(1, webhookId);
      s.setLong(2, clock.millis());
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read webhook ids: " + e.getMessage(), e);
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
}
