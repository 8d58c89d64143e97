package io.github.ghlplezi.sync.store;

import io.github.ghlplezi.sync.SharedPostgres;
import io.github.ghlplezi.sync.stats.StatisticsStore;

class JdbcStatisticsStorePostgresTest extends StatisticsStoreContract {

  private static JdbcStatisticsStore store;

  @Override
  synchronized StatisticsStore store() {
    if (store == null) {
      // The engine's tables may already be there (same embedded PostgreSQL): both components share the version table.
      new JdbcSyncStore(SharedPostgres.dataSource()).createSchemaIfMissing();
      store = new JdbcStatisticsStore(SharedPostgres.dataSource()).createSchemaIfMissing().createSchemaIfMissing();
    }
    return store;
  }
}
