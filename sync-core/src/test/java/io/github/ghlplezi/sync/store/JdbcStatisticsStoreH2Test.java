package io.github.ghlplezi.sync.store;

import io.github.ghlplezi.sync.stats.StatisticsStore;

class JdbcStatisticsStoreH2Test extends StatisticsStoreContract {

  private static final JdbcStatisticsStore STORE =
      new JdbcStatisticsStore(JdbcSyncStoreH2Test.h2("stats-contract")).createSchemaIfMissing().createSchemaIfMissing();

  @Override
  StatisticsStore store() {
    return STORE;
  }
}
