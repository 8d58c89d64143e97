package io.github.ghlplezi.sync.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Applies the versioned DDL of a component in order, recording the version reached in
 * {@code ghlplezi_schema_version}. Each script is itself safe to re-run, so two processes migrating
 * at once, or a crash between a script and its version row, do no harm.
 */
public final class Schema {

  private Schema() {
  }

  /**
   * Brings the schema to {@code latest}.
   *
   * @param connection an open connection (auto-commit)
   * @param dialect its dialect
   * @param component the name recorded in the version table, e.g. {@code engine}
   * @param latest the newest version shipped
   * @throws SQLException when a statement fails
   */
  public static void migrate(Connection connection, Dialect dialect, String component, int latest)
      throws SQLException {
    int current = 0;
    try (Statement statement = connection.createStatement()) {
      // Version 1 creates the version table itself, so it always runs first when the table is missing.
      try (ResultSet rs = statement.executeQuery(
          "SELECT version FROM ghlplezi_schema_version WHERE component = '" + component + "'")) {
        if (rs.next()) {
          current = rs.getInt(1);
        }
      } catch (SQLException missingTable) {
        current = 0;
      }
      for (int version = current + 1; version <= latest; version++) {
        for (String sql : script(dialect.ddlResource(component, version))) {
          statement.execute(sql);
        }
        try (PreparedStatement record = connection.prepareStatement(
            dialect.upsert("ghlplezi_schema_version", java.util.List.of("component"), "component", "version"))) {
          record.setString(1, component);
          record.setInt(2, version);
          record.executeUpdate();
        }
      }
    }
  }

  private static String[] script(String resource) throws SQLException {
    try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new SQLException("DDL resource missing from the class path: " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      return java.util.Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty())
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new SQLException("cannot read " + resource, e);
    }
  }
}
