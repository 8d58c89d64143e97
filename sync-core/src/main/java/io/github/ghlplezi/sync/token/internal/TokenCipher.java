package io.github.ghlplezi.sync.token.internal;

import io.github.ghlplezi.sync.token.KeyProvider;
import io.github.ghlplezi.sync.token.TokenStoreException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM for the token stores. Every caller binds its context (store identity, row or file
 * version) as associated data, so a ciphertext moved to another row, version or store fails
 * authentication instead of decrypting.
 */
public final class TokenCipher {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String FIELD_PREFIX = "v1.";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenCipher() {}

  /** {@code nonce | ciphertext+tag}, encrypted under {@code key} with {@code aad}. */
  public static byte[] seal(SecretKey key, byte[] plain, byte[] aad) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad);
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new TokenStoreException("Could not encrypt a token", e);
    }
  }

  /** Opens {@link #seal}'s output; {@code what} names the data in the message (never its content). */
  public static byte[] open(SecretKey key, byte[] sealed, int offset, byte[] aad, String what) {
    if (sealed.length - offset < NONCE_BYTES + TAG_BITS / 8) {
      throw new TokenStoreException(what + " is truncated");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, offset, NONCE_BYTES));
      cipher.updateAAD(aad);
      return cipher.doFinal(sealed, offset + NONCE_BYTES, sealed.length - offset - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new TokenStoreException(what + " failed authentication: it was modified, rolled back, copied from"
          + " another row or store, or the key is wrong", e);
    } catch (GeneralSecurityException e) {
      throw new TokenStoreException("Could not decrypt " + what, e);
    }
  }

  /** The key for an id read from stored data, or a failure naming the id. */
  public static SecretKey key(KeyProvider keys, String keyId, String what) {
    return keys.key(keyId).orElseThrow(() -> new TokenStoreException(what + " is encrypted under key id " + keyId
        + ", which the KeyProvider does not know"));
  }

  /** A text column value: {@code v1.<keyId>.<base64(nonce|ciphertext+tag)>} under the current key. */
  public static String sealField(KeyProvider keys, String plain, String context) {
    String keyId = keys.currentKeyId();
    byte[] sealed = seal(key(keys, keyId, "the current key"), plain.getBytes(StandardCharsets.UTF_8),
        aad(keyId, context));
    return FIELD_PREFIX + keyId + "." + Base64.getEncoder().encodeToString(sealed);
  }

  /** Opens {@link #sealField}; a value that is not in that form is refused, never taken as plain text. */
  public static String openField(KeyProvider keys, String value, String context, String what) {
    String keyId = keyIdOf(value);
    if (keyId == null) {
      throw new TokenStoreException(what + " is not encrypted (plain text from an older version?"
          + " run reencryptAll once)");
    }
    byte[] sealed;
    try {
      sealed = Base64.getDecoder().decode(value.substring(FIELD_PREFIX.length() + keyId.length() + 1));
    } catch (IllegalArgumentException e) {
      throw new TokenStoreException(what + " is not valid ciphertext");
    }
    return new String(open(key(keys, keyId, what), sealed, 0, aad(keyId, context), what), StandardCharsets.UTF_8);
  }

  /** The key id of a sealed field, or null when the value is not one. */
  public static String keyIdOf(String value) {
    if (value == null || !value.startsWith(FIELD_PREFIX)) {
      return null;
    }
    int dot = value.indexOf('.', FIELD_PREFIX.length());
    return dot < 0 ? null : value.substring(FIELD_PREFIX.length(), dot);
  }

  private static byte[] aad(String keyId, String context) {
    return ("ghlplezi-token|" + keyId + "|" + context).getBytes(StandardCharsets.UTF_8);
  }
}
