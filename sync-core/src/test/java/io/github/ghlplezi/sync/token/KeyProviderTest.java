package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyProviderTest {

  @TempDir
  Path dir;

  @Test
  void a_key_file_lists_the_current_key_first_and_keeps_older_ones_readable() throws IOException {
    byte[] current = new byte[32];
    byte[] older = new byte[16];
    current[0] = 7;
    older[0] = 9;
    Path file = dir.resolve("keys");
    Files.writeString(file, "2026-11:" + Base64.getEncoder().encodeToString(current) + "\n2026-05:"
        + Base64.getEncoder().encodeToString(older) + "\n");

    KeyProvider keys = KeyProvider.fromFile(file);

    assertEquals("2026-11", keys.currentKeyId());
    assertArrayEquals(older, keys.key("2026-05").orElseThrow().getEncoded());
    assertTrue(keys.key("2025-01").isEmpty());
    assertFalse(keys.toString().contains(Base64.getEncoder().encodeToString(current)));
  }

  @Test
  void malformed_keys_are_refused_naming_the_source_and_id_never_the_value() throws IOException {
    Path file = dir.resolve("keys");
    Files.writeString(file, "k1:c2VjcmV0LXNob3J0");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyProvider.fromFile(file));
    assertTrue(e.getMessage().contains("k1"), e.getMessage());
    assertFalse(e.getMessage().contains("c2VjcmV0LXNob3J0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> KeyProvider.of("bad id!", EncryptedFileTokenStore.aesKey(new byte[16])));
    assertThrows(IllegalArgumentException.class, () -> KeyProvider.fromEnvironment("GHLPLEZI_NO_SUCH_VARIABLE_42"));
  }

  @Test
  void keys_held_elsewhere_are_parsed_from_text_and_failures_name_only_where_they_came_from() {
    String current = Base64.getEncoder().encodeToString(new byte[24]);
    KeyProvider keys = KeyProvider.parse("a:" + current + ", b:" + Base64.getEncoder().encodeToString(new byte[16]),
        "vault:ghl/token-keys");
    assertEquals("a", keys.currentKeyId());
    assertEquals(16, keys.key("b").orElseThrow().getEncoded().length);

    IllegalArgumentException noColon = assertThrows(IllegalArgumentException.class,
        () -> KeyProvider.parse(current, "vault:ghl/token-keys"));
    assertEquals("vault:ghl/token-keys: every entry must be keyId:base64Key", noColon.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> KeyProvider.parse(" , ", "vault:ghl/token-keys"));
    assertEquals("vault:ghl/token-keys holds no key", empty.getMessage());
  }
}
