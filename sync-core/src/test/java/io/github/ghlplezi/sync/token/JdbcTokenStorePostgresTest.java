package io.github.ghlplezi.sync.token;

import org.junit.jupiter.api.BeforeAll;

class JdbcTokenStorePostgresTest extends TokenStoreContract {
  private static JdbcTokenStore store;

  @BeforeAll
  static void database() {
    store = new JdbcTokenStore(EmbeddedPostgres.dataSource(), Tokens.KEYS).createSchemaIfMissing().createSchemaIfMissing();
  }

  @Override
  TokenStore store() {
    return store;
  }
}
