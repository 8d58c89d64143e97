package io.github.ghlplezi.sync.token;

class InMemoryTokenStoreTest extends TokenStoreContract {
  private final InMemoryTokenStore store = new InMemoryTokenStore();

  @Override
  TokenStore store() {
    return store;
  }
}
