package io.github.ghlplezi.sync.token.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.token.EncryptedFileTokenStore;
import io.github.ghlplezi.sync.token.KeyProvider;
import io.github.ghlplezi.sync.token.TokenStoreException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** AES-GCM as the stores use it: a fresh nonce per write, the shortest sealed value, truncation, unknown keys. */
class TokenCipherTest {

  private static final SecretKey KEY = EncryptedFileTokenStore.aesKey(new byte[32]);
  private static final byte[] AAD = "ghlplezi-token|test".getBytes(StandardCharsets.UTF_8);
  private static final int NONCE = 12;
  private static final int TAG = 16;

  @Test
  void writing_the_same_token_twice_under_one_key_never_reuses_a_nonce() {
    byte[] plain = "the same refresh token".getBytes(StandardCharsets.UTF_8);
    Set<String> nonces = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      byte[] sealed = TokenCipher.seal(KEY, plain, AAD);
      assertTrue(nonces.add(Arrays.toString(Arrays.copyOf(sealed, NONCE))), "nonce reused on write " + i);
      assertArrayEquals(plain, TokenCipher.open(KEY, sealed, 0, AAD, "test value"));
    }
    KeyProvider keys = KeyProvider.of("k1", KEY);
    String first = TokenCipher.sealField(keys, "the same access token", "row-1");
    String second = TokenCipher.sealField(keys, "the same access token", "row-1");
    assertNotEquals(first, second, "two column writes of one value differ");
    assertEquals("the same access token", TokenCipher.openField(keys, second, "row-1", "column"));
  }

  @Test
  void an_empty_value_seals_to_exactly_nonce_and_tag_and_opens_again() {
    byte[] sealed = TokenCipher.seal(KEY, new byte[0], AAD);
    assertEquals(NONCE + TAG, sealed.length);
    assertArrayEquals(new byte[0], TokenCipher.open(KEY, sealed, 0, AAD, "empty value"));
  }

  @Test
  void a_value_shorter_than_nonce_and_tag_after_its_header_is_reported_truncated() {
    byte[] sealed = TokenCipher.seal(KEY, new byte[0], AAD);
    byte[] withHeader = new byte[5 + sealed.length - 1];
    System.arraycopy(sealed, 0, withHeader, 5, sealed.length - 1);
    TokenStoreException e = assertThrows(TokenStoreException.class,
        () -> TokenCipher.open(KEY, withHeader, 5, AAD, "Token file t"));
    assertEquals("Token file t is truncated", e.getMessage());
    assertThrows(TokenStoreException.class, () -> TokenCipher.open(KEY, Arrays.copyOf(sealed, NONCE + TAG - 1), 0,
        AAD, "x"));
  }

  @Test
  void a_value_under_a_key_id_the_provider_does_not_know_names_that_id() {
    KeyProvider keys = KeyProvider.of("k2", KEY);
    TokenStoreException e = assertThrows(TokenStoreException.class, () -> TokenCipher.key(keys, "k1", "Row loc-1"));
    assertTrue(e.getMessage().contains("key id k1"), e.getMessage());
    assertFalse(e.getMessage().contains("k2"), e.getMessage());
    assertEquals("k1", TokenCipher.keyIdOf("v1.k1.AAAA"));
    assertEquals(null, TokenCipher.keyIdOf("v1.no-dot"));
    assertEquals(null, TokenCipher.keyIdOf("plain"));
  }

  @Test
  void user_types_are_stored_under_their_old_names() {
    assertEquals("COMPANY", TokenCodec.storedName(io.github.ghlplezi.ghl.model.UserType.COMPANY));
    assertEquals("LOCATION", TokenCodec.storedName(io.github.ghlplezi.ghl.model.UserType.LOCATION));
    assertEquals(io.github.ghlplezi.ghl.model.UserType.COMPANY, TokenCodec.fromStoredName("COMPANY"));
  }
}
