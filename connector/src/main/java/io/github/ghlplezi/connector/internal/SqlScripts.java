package io.github.ghlplezi.connector.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Runs a DDL script from the connector's jar, statement by statement (every statement {@code IF NOT EXISTS}). */
public final class SqlScripts {

  private SqlScripts() {
  }

  /**
   * @param dataSource the database
   * @param owner the class whose package holds the script
   * @param name the script's file name
   */
  public static void apply(DataSource dataSource, Class<?> owner, String name) {
    String ddl;
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the connector jar");
      }
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(name + " cannot be read from the connector jar", e);
    }
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String statement : ddl.split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the connector's tables (" + name + "): " + e.getMessage(), e);
    }
  }
}
