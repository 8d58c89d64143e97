package io.github.ghlplezi.sync.alert;

class InMemoryAlertStoreTest extends AlertStoreContract {

  private final AlertStore store = new InMemoryAlertStore();

  @Override
  AlertStore store() {
    return store;
  }
}
