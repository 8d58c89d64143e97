package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcTokenStoreH2Test extends TokenStoreContract {
  private static JdbcTokenStore store;

  @BeforeAll
  static void database() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:tokens-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    store = new JdbcTokenStore(ds).createSchemaIfMissing();
  }

  @Override
  TokenStore store() {
    return store;
  }

  @Test
  void creating_the_schema_twice_is_harmless() {
    StoredToken t = Tokens.oauth(newId(), NOW, java.time.Duration.ofHours(24));
    StoredToken written = store.compareAndSet(0, t).orElseThrow();

    store.createSchemaIfMissing();

    // A second run must neither fail nor drop or empty the tables.
    StoredToken read = store.find(t.id()).orElseThrow();
    assertEquals(t.accessToken(), read.accessToken());
    assertEquals(written.version(), read.version());
  }
}
