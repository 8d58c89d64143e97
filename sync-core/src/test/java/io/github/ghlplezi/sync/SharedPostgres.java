package io.github.ghlplezi.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL per test JVM, started on first use and stopped at exit, shared by every
 * PostgreSQL test of sync-core (token, engine, statistics and alert stores: their tables differ).
 */
public final class SharedPostgres {
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres instance;

  private SharedPostgres() {
  }

  private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres get() {
    if (instance == null) {
      try {
        instance = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      io.zonky.test.db.postgres.embedded.EmbeddedPostgres started = instance;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // exiting anyway
        }
      }));
    }
    return instance;
  }

  /** @return the database */
  public static DataSource dataSource() {
    return get().getPostgresDatabase();
  }

  /** @return its JDBC URL (user and password {@code postgres}), for child processes */
  public static String jdbcUrl() {
    return get().getJdbcUrl("postgres", "postgres");
  }
}
