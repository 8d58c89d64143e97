package io.github.ghlplezi.sync.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

class JdbcSyncStorePostgresTest extends SyncStoreContract {

  private static EmbeddedPostgres postgres;
  private static JdbcSyncStore store;

  /** One embedded PostgreSQL for the engine's store tests in this JVM, stopped at exit. */
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
  synchronized SyncStore store() {
    if (store == null) {
      store = new JdbcSyncStore(postgres()).createSchemaIfMissing().createSchemaIfMissing();
    }
    return store;
  }
}
