package io.github.ghlplezi.sync.store;

class InMemorySyncStoreTest extends SyncStoreContract {

  private final InMemorySyncStore store = new InMemorySyncStore();

  @Override
  SyncStore store() {
    return store;
  }
}
