package io.github.ghlplezi.sync.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The SQL that differs between PostgreSQL and H2, for every engine store: where the versioned DDL
 * lives and how a row is upserted. Everything else the stores send is plain standard SQL.
 */
public enum Dialect {
  /** PostgreSQL 12+. */
  POSTGRESQL("postgresql"),
  /** H2 2.x. */
  H2("h2");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * The class-path resource of one schema version's DDL.
   *
   * @param version the schema version, from 1
   * @return e.g. {@code io/github/ghlplezi/sync/store/h2/V1__engine.sql}
   */
  public String ddlResource(int version) {
    return ddlResource("engine", version);
  }

  /**
   * The class-path resource of one schema version's DDL of a component.
   *
   * @param component the component, e.g. {@code engine} or {@code stats}
   * @param version the schema version, from 1
   * @return e.g. {@code io/github/ghlplezi/sync/store/h2/V1__stats.sql}
   */
  public String ddlResource(String component, int version) {
    return "io/github/ghlplezi/sync/store/" + folder + "/V" + version + "__" + component + ".sql";
  }

  /**
   * An insert that replaces the row when the key exists.
   *
   * @param table the table
   * @param keys the key columns (a unique or primary key)
   * @param columns every column written, keys included, in parameter order
   * @return the statement, with one {@code ?} per column
   */
  public String upsert(String table, List<String> keys, String... columns) {
    String names = String.join(", ", columns);
    String marks = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
    return switch (this) {
      case POSTGRESQL -> {
        String updates = Arrays.stream(columns).filter(c -> !keys.contains(c))
            .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        yield "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT ("
            + String.join(", ", keys) + ") " + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updates);
      }
      case H2 -> "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", keys) + ") VALUES (" + marks + ")";
    };
  }

  /**
   * Detects the dialect of a connection.
   *
   * @param connection an open connection
   * @return its dialect
   * @throws SQLException when the database is neither PostgreSQL nor H2
   */
  public static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("h2")) {
      return H2;
    }
    throw new SQLException("Unsupported database for the sync engine's stores: " + product + " (PostgreSQL or H2)");
  }
}
