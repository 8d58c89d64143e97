package io.github.ghlplezi.sync.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/** One embedded PostgreSQL per test JVM, started on first use and stopped at exit. */
final class EmbeddedPostgres {
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres instance;

  private EmbeddedPostgres() {
  }

  static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres get() {
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

  static DataSource dataSource() {
    return get().getPostgresDatabase();
  }

  static String jdbcUrl() {
    return get().getJdbcUrl("postgres", "postgres");
  }
}
