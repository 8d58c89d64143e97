package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.sync.token.internal.SqlDialect;
import io.github.ghlplezi.sync.token.internal.TokenCipher;
import io.github.ghlplezi.sync.token.internal.TokenCodec;
import io.github.ghlplezi.sync.token.internal.VersionWatermark;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TokenStore} in a relational database (PostgreSQL or H2) through plain {@code java.sql}.
 * Shared by every replica that uses the same database.
 *
 * <p>Writes are compare-and-set on the {@code version} column. {@link #lockForRefresh} takes a
 * {@code SELECT ... FOR UPDATE} row lock on {@code ghlplezi_token_lock} inside a transaction that
 * stays open for the duration of the refresh; the database releases it if the holder's connection
 * dies (process killed), so a crashed replica never blocks the others. The DDL is shipped as the
 * resources {@code io/github/ghlplezi/sync/token/postgresql.sql} and {@code h2.sql}; run it with
 * {@link #createSchemaIfMissing()} or through your migration tool.
 *
 * <p>Access and refresh tokens are encrypted at rest with AES-GCM under the keys of a
 * {@link KeyProvider} (column value {@code v1.<keyId>.<base64>}); the store identity, the id, the
 * row's {@code version} and the column are bound into each ciphertext, so a value copied to another
 * row, version or store is refused, as is a row whose version went back below one this process has
 * seen. Plain text is never accepted; {@link #reencryptAll()} encrypts rows written by an older version
 * and moves rows to the current key after a rotation. No column changes: the existing
 * {@code access_token} and {@code refresh_token} columns hold the ciphertext.
 */
public final class JdbcTokenStore implements TokenStore {
  private static final String COLUMNS =
      "id, user_type, access_token, access_expires_at, refresh_token, scopes, version, updated_at";

  /** The store identity used when none is given. */
  public static final String DEFAULT_STORE_ID = "ghlplezi_token";

  private static final Logger LOG = LoggerFactory.getLogger(JdbcTokenStore.class);

  private final DataSource dataSource;
  private final KeyProvider keys;
  private final String storeId;
  private final Clock clock;
  private final VersionWatermark watermark = new VersionWatermark();
  private volatile SqlDialect dialect;

  /**
   * Over a data source, encrypting with {@code keys}, store identity {@value #DEFAULT_STORE_ID}.
   *
   * @param dataSource the database holding the token tables (see {@link #ddl(String)})
   * @param keys the AES keys tokens are encrypted with
   */
  public JdbcTokenStore(DataSource dataSource, KeyProvider keys) {
    this(dataSource, keys, DEFAULT_STORE_ID, Clock.systemUTC());
  }

  /**
   * @param storeId bound into every ciphertext: rows copied from a store with another identity are
   *     refused; keep it stable for the life of the data
   * @param clock write times
   * @param dataSource the database holding the token tables (see {@link #ddl(String)})
   * @param keys the AES keys tokens are encrypted with
   */
  public JdbcTokenStore(DataSource dataSource, KeyProvider keys, String storeId, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.keys = Objects.requireNonNull(keys, "keys");
    if (storeId == null || storeId.isBlank()) {
      throw new IllegalArgumentException("storeId: must not be blank");
    }
    this.storeId = storeId;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Rewrites every row not encrypted under the current key (rows of an older key, or plain text
   * written before encryption existed) under the current key, keeping its version. Safe to run
   * while other replicas work: a row that changes meanwhile is skipped (it was just written with
   * the current key anyway).
   *
   * @return the number of rows rewritten (a row that fails authentication is left as it is, logged)
   */
  public int reencryptAll() {
    List<String> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT id FROM ghlplezi_token");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new TokenStoreException("Could not list the tokens to re-encrypt", e);
    }
    int rewritten = 0;
    String current = keys.currentKeyId();
    for (String id : ids) {
      try (Connection c = dataSource.getConnection();
           PreparedStatement ps = c.prepareStatement(
               "SELECT access_token, refresh_token, version FROM ghlplezi_token WHERE id = ?")) {
        ps.setString(1, id);
        String access;
        String refresh;
        long version;
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            continue;
          }
          access = rs.getString(1);
          refresh = rs.getString(2);
          version = rs.getLong(3);
        }
        if (current.equals(TokenCipher.keyIdOf(access))
            && (refresh == null || current.equals(TokenCipher.keyIdOf(refresh)))) {
          continue;
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE ghlplezi_token SET access_token = ?, refresh_token = ? "
            + "WHERE id = ? AND version = ?")) {
          up.setString(1, seal(reopen(access, id, version, "access"), id, version, "access"));
          up.setString(2, refresh == null ? null : seal(reopen(refresh, id, version, "refresh"), id, version, "refresh"));
          up.setString(3, id);
          up.setLong(4, version);
          rewritten += up.executeUpdate();
        }
        if (!c.getAutoCommit()) {
          c.commit();
        }
      } catch (SQLException e) {
        throw new TokenStoreException("Could not re-encrypt the token of " + id, e);
      } catch (TokenStoreException e) {
        // A row that fails authentication stays as it is (and keeps being refused); the others move on.
        LOG.warn("Not re-encrypting the token of {}: {}", id, e.getMessage());
      }
    }
    return rewritten;
  }

  /** A column value as plain text: opened when sealed; taken as is when written before encryption. */
  private String reopen(String value, String id, long version, String column) {
    return TokenCipher.keyIdOf(value) == null ? value : open(value, id, version, column);
  }

  private String seal(String plain, String id, long version, String column) {
    return TokenCipher.sealField(keys, plain, context(id, version, column));
  }

  private String open(String sealed, String id, long version, String column) {
    return TokenCipher.openField(keys, sealed, context(id, version, column),
        "the " + column + " token of " + id + " (version " + version + ")");
  }

  private String context(String id, long version, String column) {
    return storeId + "|" + id + "|" + version + "|" + column;
  }

  /**
   * Creates the tables if they do not exist (idempotent). Returns this store.
   *
   * @return this store, for chaining
   */
  public JdbcTokenStore createSchemaIfMissing() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String sql : ddlStatements(dialect(c))) {
        s.execute(sql);
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new TokenStoreException("Could not create the token tables", e);
    }
    return this;
  }

  /**
   * The DDL statements of a dialect ({@code "postgresql"} or {@code "h2"}), as shipped.
   *
   * @param dialectName {@code "postgresql"} or {@code "h2"}
   * @return the statements, in the order they must run
   * @throws IllegalArgumentException for another dialect
   */
  public static String[] ddl(String dialectName) {
    return ddlStatements(SqlDialect.valueOf(dialectName.toUpperCase(java.util.Locale.ROOT)));
  }

  private static String[] ddlStatements(SqlDialect d) {
    try (InputStream in = JdbcTokenStore.class.getResourceAsStream(d.ddlResource())) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + d.ddlResource());
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder withoutComments = new StringBuilder();
      for (String line : text.split("\n")) {
        if (!line.strip().startsWith("--")) {
          withoutComments.append(line).append('\n');
        }
      }
      return Arrays.stream(withoutComments.toString().split(";"))
          .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SqlDialect dialect(Connection c) throws SQLException {
    SqlDialect d = dialect;
    if (d == null) {
      d = SqlDialect.of(c);
      dialect = d;
    }
    return d;
  }

  @Override
  public Optional<StoredToken> find(String id) {
    try (Connection c = dataSource.getConnection()) {
      return select(c, id);
    } catch (SQLException e) {
      throw new TokenStoreException("Could not read the token of " + id, e);
    }
  }

  @Override
  public Optional<StoredToken> compareAndSet(long expectedVersion, StoredToken next) {
    try (Connection c = dataSource.getConnection()) {
      Optional<StoredToken> result = cas(c, expectedVersion, next);
      if (!c.getAutoCommit()) {
        c.commit();
      }
      return result;
    } catch (SQLException e) {
      throw new TokenStoreException("Could not write the token of " + next.id() + " at version " + (expectedVersion + 1), e);
    }
  }

  @Override
  public boolean delete(String id) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement ps = c.prepareStatement("DELETE FROM ghlplezi_token WHERE id = ?")) {
      ps.setString(1, id);
      int n = ps.executeUpdate();
      watermark.forget(id);
      if (!c.getAutoCommit()) {
        c.commit();
      }
      return n > 0;
    } catch (SQLException e) {
      throw new TokenStoreException("Could not delete the token of " + id, e);
    }
  }

  @Override
  public RefreshLock lockForRefresh(String id, Duration timeout) {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      SqlDialect d = dialect(c);
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement(d.ensureLockRowSql())) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(d.lockTimeoutSql(timeout));
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ghlplezi_token_lock WHERE id = ? FOR UPDATE")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException("lock row vanished for " + id);
          }
        }
      }
      return new JdbcRefreshLock(c, id);
    } catch (SQLException e) {
      boolean timedOut = c != null && dialect != null && dialect.isLockTimeout(e);
      closeQuietly(c, true);
      throw new TokenStoreException(timedOut
          ? "Timed out after " + timeout + " waiting for the refresh lock of " + id
          : "Could not take the refresh lock of " + id, e);
    } catch (RuntimeException e) {
      closeQuietly(c, true);
      throw e;
    }
  }

  private final class JdbcRefreshLock implements RefreshLock {
    private final Connection connection;
    private final String id;
    private boolean done;

    JdbcRefreshLock(Connection connection, String id) {
      this.connection = connection;
      this.id = id;
    }

    @Override
    public Optional<StoredToken> current() {
      try {
        return select(connection, id);
      } catch (SQLException e) {
        throw new TokenStoreException("Could not read the token of " + id + " under the refresh lock", e);
      }
    }

    @Override
    public StoredToken commit(long expectedVersion, StoredToken next) {
      if (done) {
        throw new IllegalStateException("refresh lock of " + id + " already committed or closed");
      }
      try {
        StoredToken stored = cas(connection, expectedVersion, next).orElseThrow(() -> new TokenStoreException(
            "Version of " + id + " moved past " + expectedVersion + " while the refresh lock was held"));
        connection.commit();
        done = true;
        return stored;
      } catch (SQLException e) {
        throw new TokenStoreException("Could not commit the token of " + id + " at version " + (expectedVersion + 1), e);
      }
    }

    @Override
    public void close() {
      closeQuietly(connection, !done);
      done = true;
    }
  }

  private static void closeQuietly(Connection c, boolean rollback) {
    if (c == null) {
      return;
    }
    try {
      if (rollback && !c.getAutoCommit()) {
        c.rollback();
      }
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the connection is closed below; the database releases the lock with it
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing more to do
    }
  }

  private Optional<StoredToken> select(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ghlplezi_token WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long expires = rs.getLong(4);
        Instant expiresAt = rs.wasNull() ? null : Instant.ofEpochMilli(expires);
        String scopes = rs.getString(6);
        Set<String> scopeSet = new LinkedHashSet<>();
        for (String s : scopes.split(" ")) {
          if (!s.isBlank()) {
            scopeSet.add(s);
          }
        }
        long version = rs.getLong(7);
        watermark.check(id, version, "the token of " + id);
        String refresh = rs.getString(5);
        return Optional.of(new StoredToken(rs.getString(1), TokenCodec.fromStoredName(rs.getString(2)),
            open(rs.getString(3), id, version, "access"), expiresAt,
            refresh == null ? null : open(refresh, id, version, "refresh"), scopeSet, version,
            Instant.ofEpochMilli(rs.getLong(8))));
      }
    }
  }

  private Optional<StoredToken> cas(Connection c, long expectedVersion, StoredToken next) throws SQLException {
    StoredToken stored = next.withVersion(expectedVersion + 1, clock.instant());
    if (expectedVersion == 0) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO ghlplezi_token (" + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        bind(ps, stored, 1);
        ps.setString(1, stored.id());
        ps.executeUpdate();
        watermark.check(stored.id(), stored.version(), "the token of " + stored.id());
        return Optional.of(stored);
      } catch (SQLException e) {
        if (SqlDialect.isDuplicateKey(e)) {
          if (!c.getAutoCommit()) {
            c.rollback();
          }
          return Optional.empty();
        }
        throw e;
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE ghlplezi_token SET id = ?, user_type = ?, access_token = ?, "
        + "access_expires_at = ?, refresh_token = ?, scopes = ?, version = ?, updated_at = ? "
        + "WHERE id = ? AND version = ?")) {
      bind(ps, stored, 1);
      ps.setString(9, stored.id());
      ps.setLong(10, expectedVersion);
      if (ps.executeUpdate() != 1) {
        return Optional.empty();
      }
      watermark.check(stored.id(), stored.version(), "the token of " + stored.id());
      return Optional.of(stored);
    }
  }

  private void bind(PreparedStatement ps, StoredToken t, int from) throws SQLException {
    ps.setString(from, t.id());
    ps.setString(from + 1, TokenCodec.storedName(t.userType()));
    ps.setString(from + 2, seal(t.accessToken(), t.id(), t.version(), "access"));
    if (t.accessExpiresAt() == null) {
      ps.setNull(from + 3, Types.BIGINT);
    } else {
      ps.setLong(from + 3, t.accessExpiresAt().toEpochMilli());
    }
    if (t.refreshToken() == null) {
      ps.setNull(from + 4, Types.VARCHAR);
    } else {
      ps.setString(from + 4, seal(t.refreshToken(), t.id(), t.version(), "refresh"));
    }
    ps.setString(from + 5, String.join(" ", t.scopes()));
    ps.setLong(from + 6, t.version());
    ps.setLong(from + 7, t.updatedAt().toEpochMilli());
  }

  @Override
  public String toString() {
    return "JdbcTokenStore[" + storeId + ", " + (dialect == null ? "dialect not yet detected" : dialect) + "]";
  }
}
