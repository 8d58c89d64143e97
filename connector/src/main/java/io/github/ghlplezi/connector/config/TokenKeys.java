package io.github.ghlplezi.connector.config;

import io.github.ghlplezi.sync.token.KeyProvider;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads {@code highLevel.auth.oauth.tokenKeys} (sync-core's key text form: {@code keyId:base64Key}
 * entries separated by commas or line breaks, the first one current) into a {@link KeyProvider}.
 * Failures name the secret's reference, never its value.
 */
public final class TokenKeys {

  private TokenKeys() {
  }

  /**
   * @param secret the keys
   * @return a provider over them
   * @throws IllegalArgumentException when the text is not in the key form
   */
  public static KeyProvider parse(Secret secret) {
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    String current = null;
    for (String entry : secret.reveal().split("[,\\r\\n]+")) {
      String e = entry.strip();
      int colon = e.indexOf(':');
      if (e.isEmpty()) {
        continue;
      }
      try {
        if (colon < 1) {
          throw new IllegalArgumentException("no colon");
        }
        String id = e.substring(0, colon).strip();
        keys.put(id, new SecretKeySpec(Base64.getDecoder().decode(e.substring(colon + 1).strip()), "AES"));
        current = current == null ? id : current;
      } catch (IllegalArgumentException notAKey) {
        throw new IllegalArgumentException(secret.reference() + ": every entry must be keyId:base64Key", null);
      }
    }
    if (current == null) {
      throw new IllegalArgumentException(secret.reference() + " holds no key");
    }
    try {
      return KeyProvider.of(current, keys);
    } catch (IllegalArgumentException badKey) {
      throw new IllegalArgumentException(secret.reference() + ": key ids are 1-64 of [A-Za-z0-9_-], keys 16, 24 or"
          + " 32 bytes", null);
    }
  }
}
