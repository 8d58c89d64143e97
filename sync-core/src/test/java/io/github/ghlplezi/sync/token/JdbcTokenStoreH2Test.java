package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcTokenStoreH2Test extends TokenStoreContract {
  private static JdbcTokenStore store;
  private static JdbcDataSource ds;

  @BeforeAll
  static void database() {
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:tokens-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    store = new JdbcTokenStore(ds, Tokens.KEYS).createSchemaIfMissing();
  }

  @Override
  TokenStore store() {
    return store;
  }

  @Test
  void creating_the_schema_twice_is_harmless() {
    StoredToken t = Tokens.oauth(newId(), NOW, java.time.Duration.ofHours(24));
    StoredToken written = store.compareAndSet(0, t).orElseThrow();

    store.createSchemaIfMissing();

    // A second run must neither fail nor drop or empty the tables.
    StoredToken read = store.find(t.id()).orElseThrow();
    assertEquals(t.accessToken(), read.accessToken());
    assertEquals(written.version(), read.version());
  }

  private static String[] raw(String id) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT access_token, refresh_token, version FROM ghlplezi_token WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
      }
    }
  }

  private static void overwrite(String id, String[] row) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
        "UPDATE ghlplezi_token SET access_token = ?, refresh_token = ?, version = ? WHERE id = ?")) {
      ps.setString(1, row[0]);
      ps.setString(2, row[1]);
      ps.setLong(3, Long.parseLong(row[2]));
      ps.setString(4, id);
      ps.executeUpdate();
    }
  }

  @Test
  void keeps_no_token_in_clear_text_in_the_database() throws SQLException {
    StoredToken t = store.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();
    String[] row = raw(t.id());
    assertFalse(row[0].contains(t.accessToken()));
    assertFalse(row[1].contains(t.refreshToken()));
    assertTrue(row[0].startsWith("v1.test-1."), "sealed under the current key id");
  }

  @Test
  void a_ciphertext_copied_from_an_older_version_of_its_row_is_refused() throws SQLException {
    StoredToken v1 = store.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();
    String[] old = raw(v1.id());
    store.compareAndSet(1, Tokens.oauth(v1.id(), NOW, Duration.ofHours(24))).orElseThrow();
    String[] current = raw(v1.id());
    overwrite(v1.id(), new String[] {old[0], old[1], current[2]});

    assertThrows(TokenStoreException.class, () -> store.find(v1.id()));
  }

  @Test
  void a_whole_row_rolled_back_to_an_older_version_is_refused() throws SQLException {
    StoredToken v1 = store.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();
    String[] old = raw(v1.id());
    store.compareAndSet(1, Tokens.oauth(v1.id(), NOW, Duration.ofHours(24))).orElseThrow();
    overwrite(v1.id(), old);

    TokenStoreException e = assertThrows(TokenStoreException.class, () -> store.find(v1.id()));
    assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
  }

  @Test
  void rows_of_another_store_identity_under_the_same_key_are_refused() {
    StoredToken t = store.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();
    JdbcTokenStore other = new JdbcTokenStore(ds, Tokens.KEYS, "another-store", java.time.Clock.systemUTC());

    assertThrows(TokenStoreException.class, () -> other.find(t.id()));
  }

  @Test
  void keys_rotate_without_downtime_and_plain_text_rows_are_refused_until_re_encrypted() throws SQLException {
    StoredToken old = store.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();
    StoredToken legacy = store.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();
    overwrite(legacy.id(), new String[] {legacy.accessToken(), legacy.refreshToken(), "1"});
    assertThrows(TokenStoreException.class, () -> store.find(legacy.id()), "plain text is never taken as a token");

    javax.crypto.SecretKey k2 = EncryptedFileTokenStore.aesKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
        14, 15, 16});
    JdbcTokenStore during = new JdbcTokenStore(ds, KeyProvider.of("k2",
        java.util.Map.of("k2", k2, "test-1", Tokens.KEYS.key("test-1").orElseThrow())), "ghlplezi_token",
        java.time.Clock.systemUTC());
    assertEquals(old.refreshToken(), during.find(old.id()).orElseThrow().refreshToken(), "the old key still reads");
    assertTrue(during.reencryptAll() >= 2);

    JdbcTokenStore after = new JdbcTokenStore(ds, KeyProvider.of("k2", k2));
    assertEquals(old.refreshToken(), after.find(old.id()).orElseThrow().refreshToken());
    assertEquals(legacy.refreshToken(), after.find(legacy.id()).orElseThrow().refreshToken());
    assertTrue(raw(legacy.id())[1].startsWith("v1.k2."));
  }
}
