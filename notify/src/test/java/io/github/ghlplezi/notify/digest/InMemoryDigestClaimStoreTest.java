package io.github.ghlplezi.notify.digest;

class InMemoryDigestClaimStoreTest extends DigestClaimStoreContract {

  private final InMemoryDigestClaimStore store = new InMemoryDigestClaimStore();

  @Override
  DigestClaimStore store() {
    return store;
  }
}
