package io.github.ghlplezi.notify.digest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JdbcDigestClaimStorePostgresTest extends DigestClaimStoreContract {

  private static EmbeddedPostgres postgres;
  private static DigestClaimStore store;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    store = new JdbcDigestClaimStore(postgres.getPostgresDatabase()).createSchemaIfMissing().createSchemaIfMissing();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Override
  DigestClaimStore store() {
    return store;
  }
}
