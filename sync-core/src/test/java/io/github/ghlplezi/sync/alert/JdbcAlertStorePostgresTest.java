package io.github.ghlplezi.sync.alert;

import io.github.ghlplezi.sync.SharedPostgres;

class JdbcAlertStorePostgresTest extends AlertStoreContract {

  private static JdbcAlertStore store;

  @Override
  synchronized AlertStore store() {
    if (store == null) {
      store = new JdbcAlertStore(SharedPostgres.dataSource()).createSchemaIfMissing().createSchemaIfMissing();
    }
    return store;
  }
}
