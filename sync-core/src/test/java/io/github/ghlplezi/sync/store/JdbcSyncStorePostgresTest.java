package io.github.ghlplezi.sync.store;

import io.github.ghlplezi.sync.SharedPostgres;

class JdbcSyncStorePostgresTest extends SyncStoreContract {

  private static JdbcSyncStore store;

  @Override
  synchronized SyncStore store() {
    if (store == null) {
      store = new JdbcSyncStore(SharedPostgres.dataSource()).createSchemaIfMissing().createSchemaIfMissing();
    }
    return store;
  }
}
