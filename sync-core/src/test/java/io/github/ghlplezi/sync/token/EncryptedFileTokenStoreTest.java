package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileTokenStoreTest extends TokenStoreContract {
  @TempDir
  Path dir;
  private byte[] keyBytes;
  private EncryptedFileTokenStore store;

  @BeforeEach
  void open() {
    keyBytes = new byte[32];
    new SecureRandom().nextBytes(keyBytes);
    store = new EncryptedFileTokenStore(dir.resolve("tokens.bin"), EncryptedFileTokenStore.aesKey(keyBytes));
  }

  @Override
  TokenStore store() {
    return store;
  }

  @Test
  void keeps_no_token_in_clear_text_on_disk() throws IOException {
    StoredToken t = Tokens.oauth(newId(), NOW, Duration.ofHours(24));
    store.compareAndSet(0, t).orElseThrow();
    String raw = new String(Files.readAllBytes(store.file()), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertFalse(raw.contains(t.accessToken()));
    assertFalse(raw.contains(t.refreshToken()));
    assertFalse(raw.contains(t.id()));
  }

  @Test
  void detects_a_tampered_file_instead_of_reading_garbage() throws IOException {
    StoredToken t = Tokens.oauth(newId(), NOW, Duration.ofHours(24));
    store.compareAndSet(0, t).orElseThrow();
    byte[] bytes = Files.readAllBytes(store.file());
    bytes[bytes.length - 20] ^= 0x01;
    Files.write(store.file(), bytes);
    TokenStoreException e = assertThrows(TokenStoreException.class, () -> store.find(t.id()));
    assertTrue(e.getMessage().contains("modified"), e.getMessage());
    assertThrows(TokenStoreException.class, () -> store.compareAndSet(1, t), "must not overwrite a tampered file");
  }

  @Test
  void detects_a_truncated_file() throws IOException {
    store.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();
    byte[] bytes = Files.readAllBytes(store.file());
    Files.write(store.file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThrows(TokenStoreException.class, () -> store.find("x"));
  }

  @Test
  void refuses_to_read_with_the_wrong_key() {
    StoredToken t = Tokens.oauth(newId(), NOW, Duration.ofHours(24));
    store.compareAndSet(0, t).orElseThrow();
    byte[] other = new byte[32];
    new SecureRandom().nextBytes(other);
    SecretKey wrong = EncryptedFileTokenStore.aesKey(other);
    EncryptedFileTokenStore reopened = new EncryptedFileTokenStore(store.file(), wrong);
    assertThrows(TokenStoreException.class, () -> reopened.find(t.id()));
  }

  @Test
  void rejects_a_key_of_the_wrong_size_naming_the_field() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EncryptedFileTokenStore.aesKey(new byte[10]));
    assertTrue(e.getMessage().startsWith("keyBytes"));
  }

  @Test
  void survives_a_process_killed_between_write_and_rename() throws Exception {
    StoredToken v1 = Tokens.oauth(newId(), NOW, Duration.ofHours(24));
    store.compareAndSet(0, v1).orElseThrow();
    String newAccess = Tokens.random("at");
    String newRefresh = Tokens.random("rt");

    try (ChildJvm child = ChildJvm.start(FileStoreCrashChild.class, store.file().toString(),
        HexFormat.of().formatHex(keyBytes), v1.id(), newAccess, newRefresh)) {
      child.awaitLine("TEMP-WRITTEN", 60);
      assertEquals(1, temps().size(), "the child wrote its temporary file");
      child.killHard();
      assertFalse(child.transcript().contains("RENAMED"));
    }

    StoredToken after = store.find(v1.id()).orElseThrow();
    assertEquals(1, after.version(), "the killed write left the previous version intact");
    assertEquals(v1.refreshToken(), after.refreshToken());
    assertEquals(1, temps().size(), "the orphaned temporary file is still there");

    StoredToken v2 = store.compareAndSet(1, Tokens.oauth(v1.id(), NOW, Duration.ofHours(24))).orElseThrow();
    assertEquals(2, store.find(v1.id()).orElseThrow().version());
    assertEquals(v2.refreshToken(), store.find(v1.id()).orElseThrow().refreshToken());
    assertTrue(temps().isEmpty(), "the next write removes the orphan");
  }

  @Test
  void an_older_copy_rolled_back_over_the_current_file_is_refused_as_tampered() throws IOException {
    StoredToken v1 = store.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();
    byte[] old = Files.readAllBytes(store.file());
    store.compareAndSet(1, Tokens.oauth(v1.id(), NOW, Duration.ofHours(24))).orElseThrow();
    Files.write(store.file(), old);

    TokenStoreException e = assertThrows(TokenStoreException.class, () -> store.find(v1.id()));
    assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
    assertFalse(e.getMessage().contains(v1.refreshToken()));
  }

  @Test
  void another_stores_file_under_the_same_key_is_refused() throws IOException {
    Path otherFile = Files.createDirectory(dir.resolve("other")).resolve("tokens.bin");
    EncryptedFileTokenStore other = new EncryptedFileTokenStore(otherFile, EncryptedFileTokenStore.aesKey(keyBytes));
    StoredToken t = other.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();
    Files.copy(otherFile, store.file());

    assertThrows(TokenStoreException.class, () -> store.find(t.id()));
  }

  @Test
  void a_file_name_with_glob_characters_writes_and_cleans_up_normally() throws IOException {
    EncryptedFileTokenStore bracket = new EncryptedFileTokenStore(dir.resolve("tokens[prod.bin"),
        EncryptedFileTokenStore.aesKey(keyBytes));
    StoredToken v1 = bracket.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();
    StoredToken v2 = bracket.compareAndSet(1, Tokens.oauth(v1.id(), NOW, Duration.ofHours(24))).orElseThrow();

    assertEquals(v2.refreshToken(), bracket.find(v1.id()).orElseThrow().refreshToken());
    assertTrue(temps().isEmpty());
  }

  @Test
  void keys_rotate_without_downtime_and_re_encryption_retires_the_old_key() {
    javax.crypto.SecretKey k1 = EncryptedFileTokenStore.aesKey(keyBytes);
    byte[] next = new byte[32];
    new SecureRandom().nextBytes(next);
    javax.crypto.SecretKey k2 = EncryptedFileTokenStore.aesKey(next);
    Path file = dir.resolve("rotating.bin");
    EncryptedFileTokenStore before = new EncryptedFileTokenStore(file, KeyProvider.of("k1", k1));
    StoredToken t = before.compareAndSet(0, Tokens.oauth(newId(), NOW, Duration.ofHours(24))).orElseThrow();

    EncryptedFileTokenStore during = new EncryptedFileTokenStore(file, KeyProvider.of("k2", Map.of("k1", k1, "k2", k2)));
    assertEquals(t.refreshToken(), during.find(t.id()).orElseThrow().refreshToken(), "old key still read");
    assertEquals(1, during.reencryptAll());

    EncryptedFileTokenStore after = new EncryptedFileTokenStore(file, KeyProvider.of("k2", k2));
    assertEquals(t.refreshToken(), after.find(t.id()).orElseThrow().refreshToken(), "old key no longer needed");
  }

  private List<Path> temps() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().contains(".tmp-")).toList();
    }
  }
}
