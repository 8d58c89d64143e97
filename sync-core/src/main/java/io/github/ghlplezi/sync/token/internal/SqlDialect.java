package io.github.ghlplezi.sync.token.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/** The few statements that differ between PostgreSQL and H2. */
public enum SqlDialect {
  /** PostgreSQL 12+. */
  POSTGRESQL("postgresql.sql",
      "INSERT INTO ghlplezi_token_lock (id) VALUES (?) ON CONFLICT (id) DO NOTHING"),
  /** H2 2.x. */
  H2("h2.sql",
      "MERGE INTO ghlplezi_token_lock (id) KEY (id) VALUES (?)");

  private final String ddlResource;
  private final String ensureLockRowSql;

  SqlDialect(String ddlResource, String ensureLockRowSql) {
    this.ddlResource = ddlResource;
    this.ensureLockRowSql = ensureLockRowSql;
  }

  /** Resource name (next to the store class) of this dialect's DDL. */
  public String ddlResource() {
    return ddlResource;
  }

  /** Inserts the lock row for an id if missing. */
  public String ensureLockRowSql() {
    return ensureLockRowSql;
  }

  /** Statement bounding how long the current transaction waits for a row lock. */
  public String lockTimeoutSql(Duration timeout) {
    long ms = Math.max(1, timeout.toMillis());
    return switch (this) {
      case POSTGRESQL -> "SET LOCAL lock_timeout = " + ms;
      case H2 -> "SET LOCK_TIMEOUT " + ms;
    };
  }

  /** True when a SQL error means "the lock was not obtained in time". */
  public boolean isLockTimeout(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return switch (this) {
      case POSTGRESQL -> state.equals("55P03");
      case H2 -> state.equals("HYT00") || e.getErrorCode() == 50200;
    };
  }

  /** True when a SQL error is a primary-key violation. */
  public static boolean isDuplicateKey(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.equals("23505");
  }

  /** Detects the dialect of a connection. */
  public static SqlDialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("h2")) {
      return H2;
    }
    throw new SQLException("Unsupported database for the token store: " + product + " (PostgreSQL or H2)");
  }
}
