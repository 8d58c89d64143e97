package io.github.ghlplezi.sync.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class JdbcAlertStoreH2Test extends AlertStoreContract {

  static JdbcDataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  private static final JdbcAlertStore STORE = new JdbcAlertStore(h2("alerts-contract")).createSchemaIfMissing();

  @Override
  AlertStore store() {
    return STORE;
  }

  @Test
  void creating_the_schema_again_keeps_what_is_stored() {
    JdbcDataSource ds = h2("alerts-rerun");
    JdbcAlertStore store = new JdbcAlertStore(ds).createSchemaIfMissing();
    store.compareAndSet(AlertState.initial("threshold:kept", "loc", "", Fixtures.T0));

    new JdbcAlertStore(ds).createSchemaIfMissing().createSchemaIfMissing();

    assertEquals(List.of("threshold:kept"), store.states().stream().map(AlertState::rule).toList());
  }
}
