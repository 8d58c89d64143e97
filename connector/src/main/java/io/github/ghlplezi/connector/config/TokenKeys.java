package io.github.ghlplezi.connector.config;

import io.github.ghlplezi.sync.token.KeyProvider;

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
    return KeyProvider.parse(secret.reveal(), secret.reference());
  }
}
