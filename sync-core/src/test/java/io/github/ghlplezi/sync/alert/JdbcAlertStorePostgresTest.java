package io.github.ghlplezi.sync.alert;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

class JdbcAlertStorePostgresTest extends AlertStoreContract {

  private static EmbeddedPostgres postgres;
  private static JdbcAlertStore store;

  /** One embedded PostgreSQL for the alert tests in this JVM, stopped at exit. */
  static synchronized DataSource postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // exiting anyway
        }
      }));
    }
    return postgres.getPostgresDatabase();
  }

  @Override
  synchronized AlertStore store() {
    if (store == null) {
      store = new JdbcAlertStore(postgres()).createSchemaIfMissing().createSchemaIfMissing();
    }
    return store;
  }
}
