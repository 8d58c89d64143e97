package io.github.ghlplezi.notify.digest;

import io.github.ghlplezi.sync.store.SyncStoreException;
import io.github.ghlplezi.sync.store.internal.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Claims in a table of the application's database (PostgreSQL or H2), shared by every replica:
 * {@code ghlplezi_digest_claim}, primary key (recipient, ISO week, sink). A claim is an
 * {@code INSERT} (the key lets one replica win), or, for a failed attempt or an expired lease, an
 * {@code UPDATE} whose condition only one replica can meet. Each statement runs on its own
 * (auto-commit). Failures are thrown as {@link SyncStoreException}.
 */
public final class JdbcDigestClaimStore implements DigestClaimStore {

  private static final String DDL = "io/github/ghlplezi/notify/digest/sql/digest-claims.sql";
  private static final String KEY = " WHERE recipient_id = ? AND iso_week = ? AND sink = ?";

  private final DataSource dataSource;

  /**
   * A store over a data source.
   *
   * @param dataSource where the table lives
   * @throws SyncStoreException when the database cannot be reached or is neither PostgreSQL nor H2
   */
  public JdbcDigestClaimStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      Dialect.of(c);
    } catch (SQLException e) {
      throw new SyncStoreException("cannot detect the database of the digest claims", e);
    }
  }

  /**
   * Creates the table when missing; safe to run again, and from several processes at once.
   *
   * @return this store
   */
  public JdbcDigestClaimStore createSchemaIfMissing() {
    String sql;
    try (InputStream in = JdbcDigestClaimStore.class.getClassLoader().getResourceAsStream(DDL)) {
      if (in == null) {
        throw new IllegalStateException("DDL resource missing from the class path: " + DDL);
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").trim();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DDL, e);
    }
    try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
      c.setAutoCommit(true);
      statement.execute(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
      return this;
    } catch (SQLException e) {
      if (isDuplicate(e)) {
        return this;  // another process created it at the same moment
      }
      throw new SyncStoreException("cannot create the digest claim table", e);
    }
  }

  @Override
  public boolean claim(DigestClaim claim, String owner, Instant now, Duration lease) {
    long at = now.toEpochMilli();
    long until = now.plus(lease).toEpochMilli();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO ghlplezi_digest_claim (recipient_id, iso_week,"
          + " sink, status, owner_id, claimed_at, lease_until, finished_at, attempts)"
          + " VALUES (?, ?, ?, 'SENDING', ?, ?, ?, NULL, 1)")) {
        key(insert, 1, claim);
        insert.setString(4, owner);
        insert.setLong(5, at);
        insert.setLong(6, until);
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (!isDuplicate(e)) {
          throw e;
        }
      }
      try (PreparedStatement retake = c.prepareStatement("UPDATE ghlplezi_digest_claim SET status = 'SENDING',"
          + " owner_id = ?, claimed_at = ?, lease_until = ?, finished_at = NULL, attempts = attempts + 1" + KEY
          + " AND (status = 'FAILED' OR (status = 'SENDING' AND lease_until <= ?))")) {
        retake.setString(1, owner);
        retake.setLong(2, at);
        retake.setLong(3, until);
        key(retake, 4, claim);
        retake.setLong(7, at);
        return retake.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw new SyncStoreException("digest claims: claim " + describe(claim) + " failed", e);
    }
  }

  @Override
  public void markSent(DigestClaim claim, String owner, Instant now) {
    finish(claim, owner, DigestClaim.Status.SENT, now);
  }

  @Override
  public void markFailed(DigestClaim claim, String owner, boolean retry, Instant now) {
    finish(claim, owner, retry ? DigestClaim.Status.FAILED : DigestClaim.Status.ABANDONED, now);
  }

  private void finish(DigestClaim claim, String owner, DigestClaim.Status status, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement("UPDATE ghlplezi_digest_claim SET status = ?, finished_at = ?"
            + KEY + " AND owner_id = ? AND status = 'SENDING'")) {
      c.setAutoCommit(true);
      update.setString(1, status.name());
      update.setLong(2, now.toEpochMilli());
      key(update, 3, claim);
      update.setString(6, owner);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new SyncStoreException("digest claims: mark " + describe(claim) + " " + status + " failed", e);
    }
  }

  @Override
  public Optional<DigestClaim.Status> status(DigestClaim claim) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("SELECT status FROM ghlplezi_digest_claim" + KEY)) {
      key(select, 1, claim);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(DigestClaim.Status.valueOf(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new SyncStoreException("digest claims: read " + describe(claim) + " failed", e);
    }
  }

  private static void key(PreparedStatement statement, int first, DigestClaim claim) throws SQLException {
    statement.setString(first, claim.recipientId());
    statement.setString(first + 1, claim.week().toString());
    statement.setString(first + 2, claim.sink());
  }

  private static String describe(DigestClaim claim) {
    return claim.recipientId() + " " + claim.week() + " " + claim.sink();
  }

  /** Unique-key violation: SQLState class 23 on PostgreSQL and H2. */
  private static boolean isDuplicate(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if (next.getSQLState() != null && next.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
