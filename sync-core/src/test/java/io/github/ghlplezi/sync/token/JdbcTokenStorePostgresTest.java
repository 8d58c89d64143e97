package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.sync.SharedPostgres;
import org.junit.jupiter.api.BeforeAll;

class JdbcTokenStorePostgresTest extends TokenStoreContract {
  private static JdbcTokenStore store;

  @BeforeAll
  static void database() {
    store = new JdbcTokenStore(SharedPostgres.dataSource(), Tokens.KEYS).createSchemaIfMissing().createSchemaIfMissing();
  }

  @Override
  TokenStore store() {
    return store;
  }
}
