package io.github.ghlplezi.connector.auth;

import io.github.ghlplezi.connector.internal.SqlScripts;
import io.github.ghlplezi.sync.token.ReauthorizationReason;
import io.github.ghlplezi.sync.token.ReauthorizationRequired;
import io.github.ghlplezi.sync.token.TokenEventListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids (locations, or the agency) whose token only a person can bring back, in the connector's
 * database so every replica and the {@code status} command see them. Written by the token source's
 * {@link TokenEventListener} (once per transition), cleared when a new token is stored. Scheduled
 * syncs leave these locations out instead of failing them every period.
 */
public final class JdbcReauthorizations implements TokenEventListener {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcReauthorizations.class);
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;

  /**
   * What is waiting for a person.
   *
   * @param id the location or company id
   * @param userType {@code Location} or {@code Company}
   * @param reason why
   * @param occurredAt when it was detected
   */
  public record Pending(String id, String userType, ReauthorizationReason reason, Instant occurredAt) {
    /** @return whether syncing it can only fail until a person acts (an inactive location comes back alone) */
    public boolean blocks() {
      return reason != ReauthorizationReason.LOCATION_INACTIVE;
    }
  }

  /** @param dataSource the connector's database */
  public JdbcReauthorizations(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Creates the table when missing.
   *
   * @return this
   */
  public JdbcReauthorizations createSchemaIfMissing() {
    SqlScripts.apply(dataSource, JdbcReauthorizations.class, "schema.sql");
    return this;
  }

  @Override
  public void onReauthorizationRequired(ReauthorizationRequired event) {
    String type = event.userType() == null ? "unknown" : event.userType().value();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement update = c.prepareStatement("UPDATE ghlplezi_reauthorization SET user_type = ?, reason = ?,"
          + " store_version = ?, occurred_at = ? WHERE id = ?")) {
        update.setString(1, type);
        update.setString(2, event.reason().name());
        update.setLong(3, event.storeVersion());
        update.setLong(4, event.occurredAt().toEpochMilli());
        update.setString(5, event.id());
        if (update.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO ghlplezi_reauthorization (id, user_type, reason,"
          + " store_version, occurred_at) VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, event.id());
        insert.setString(2, type);
        insert.setString(3, event.reason().name());
        insert.setLong(4, event.storeVersion());
        insert.setLong(5, event.occurredAt().toEpochMilli());
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {   // another replica recorded the same event
        LOG.warn("cannot record that {} needs re-authorization: {}", event.id(), e.getMessage());
      }
    }
  }

  /**
   * Forgets an id (a new token was stored, or the location uninstalled the app).
   *
   * @param id the location or company id
   */
  public void clear(String id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM ghlplezi_reauthorization WHERE id = ?")) {
      s.setString(1, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot clear the re-authorization state of " + id + ": " + e.getMessage(), e);
    }
  }

  /** @return every id waiting for a person, oldest first */
  public List<Pending> pending() {
    List<Pending> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT id, user_type, reason, occurred_at FROM ghlplezi_reauthorization ORDER BY occurred_at, id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(new Pending(r.getString(1), r.getString(2), ReauthorizationReason.valueOf(r.getString(3)),
            Instant.ofEpochMilli(r.getLong(4))));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the re-authorization state: " + e.getMessage(), e);
    }
  }

  /** @return the ids a scheduled sync leaves out */
  public Set<String> blocked() {
    Set<String> ids = new TreeSet<>();
    pending().stream().filter(Pending::blocks).forEach(p -> ids.add(p.id()));
    return ids;
  }
}
