package io.github.ghlplezi.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class JdbcSyncStoreH2Test extends SyncStoreContract {

  static JdbcDataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  private static final JdbcSyncStore STORE = new JdbcSyncStore(h2("engine-contract")).createSchemaIfMissing();

  @Override
  SyncStore store() {
    return STORE;
  }

  @Test
  void creating_the_schema_again_keeps_what_is_stored() {
    JdbcDataSource ds = h2("engine-rerun");
    JdbcSyncStore store = new JdbcSyncStore(ds).createSchemaIfMissing();
    store.append(List.of(SyncEvent.of(Instant.EPOCH, "r", "loc", EventType.WRITE, "kept")));

    new JdbcSyncStore(ds).createSchemaIfMissing().createSchemaIfMissing();

    assertEquals(List.of("kept"), store.events(EventQuery.all()).stream().map(SyncEvent::detail).toList());
  }
}
