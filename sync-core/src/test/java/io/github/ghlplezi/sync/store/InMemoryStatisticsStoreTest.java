package io.github.ghlplezi.sync.store;

import io.github.ghlplezi.sync.stats.StatisticsStore;

class InMemoryStatisticsStoreTest extends StatisticsStoreContract {

  private final InMemoryStatisticsStore store = new InMemoryStatisticsStore();

  @Override
  StatisticsStore store() {
    return store;
  }
}
