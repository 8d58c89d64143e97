package io.github.ghlplezi.notify.digest;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

class JdbcDigestClaimStoreH2Test extends DigestClaimStoreContract {

  private final DigestClaimStore store;

  JdbcDigestClaimStoreH2Test() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:claims-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    store = new JdbcDigestClaimStore(db).createSchemaIfMissing().createSchemaIfMissing();
  }

  @Override
  DigestClaimStore store() {
    return store;
  }
}
