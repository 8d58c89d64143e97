package io.github.ghlplezi.sync.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Port: the AES keys that encrypt tokens at rest, each under a key id. New writes use
 * {@link #currentKeyId()}; reads accept any id this provider knows, so keys rotate without downtime:
 * add the new key as current while keeping the old one, let every replica pick it up, run
 * {@code reencryptAll()} on the store, then drop the old key.
 *
 * <p>Text form (environment variable, file): entries {@code keyId:base64Key} separated by commas or
 * line breaks; the first entry is the current key. Key ids are 1-64 characters of
 * {@code [A-Za-z0-9_-]}; keys are 16, 24 or 32 bytes.
 */
public interface KeyProvider {

  /**
   * The id of the key new writes use.
   *
   * @return the id of the key new writes are encrypted with; it is stored next to each ciphertext
   */
  String currentKeyId();

  /**
   * @param keyId a key id read from stored data
   * @return the key, or empty when this provider does not know the id
   */
  Optional<SecretKey> key(String keyId);

  /**
   * One static key.
   *
   * @param keyId the id stored with each ciphertext
   * @param key the AES key
   * @return a provider with that single key as the current one
   */
  static KeyProvider of(String keyId, SecretKey key) {
    return of(keyId, Map.of(keyId, key));
  }

  /**
   * Several keys; {@code currentKeyId} must be one of them.
   *
   * @param currentKeyId the id of the key new writes use
   * @param keys every key that may still decrypt stored rows, by id (old keys kept for rotation)
   * @return a provider over those keys
   * @throws IllegalArgumentException if {@code currentKeyId} is not among {@code keys}
   */
  static KeyProvider of(String currentKeyId, Map<String, SecretKey> keys) {
    Map<String, SecretKey> copy = new LinkedHashMap<>();
    keys.forEach((id, key) -> copy.put(Keys.checkId(id), Keys.checkKey(key, id)));
    if (!copy.containsKey(Objects.requireNonNull(currentKeyId, "currentKeyId"))) {
      throw new IllegalArgumentException("currentKeyId: " + currentKeyId + " is not among the keys");
    }
    Map<String, SecretKey> frozen = Map.copyOf(copy);
    return new KeyProvider() {
      @Override
      public String currentKeyId() {
        return currentKeyId;
      }

      @Override
      public Optional<SecretKey> key(String keyId) {
        return keyId == null ? Optional.empty() : Optional.ofNullable(frozen.get(keyId));
      }

      @Override
      public String toString() {
        return "KeyProvider[current=" + currentKeyId + ", ids=" + frozen.keySet() + "]";
      }
    };
  }

  /**
   * Keys in the text form, from wherever the application keeps them (a secret manager, a
   * configuration file's secret reference); fails naming {@code source}, never the text.
   *
   * @param text the keys in the text form
   * @param source where the text came from, for the error message (for example {@code env:TOKEN_KEYS})
   * @return a provider over the keys the text holds
   * @throws IllegalArgumentException when the text is not in the key form
   */
  static KeyProvider parse(String text, String source) {
    return Keys.parse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Keys from an environment variable in the text form; fails naming the variable, never the value.
   *
   * @param variable the name of the environment variable
   * @return a provider over the keys the variable holds
   */
  static KeyProvider fromEnvironment(String variable) {
    String value = System.getenv(Objects.requireNonNull(variable, "variable"));
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("environment variable " + variable + " is not set");
    }
    return Keys.parse(value, "environment variable " + variable);
  }

  /**
   * Keys from a file in the text form; fails naming the file, never its content.
   *
   * @param file a file holding the keys in the text form
   * @return a provider over the keys the file holds
   */
  static KeyProvider fromFile(Path file) {
    try {
      return Keys.parse(Files.readString(file, StandardCharsets.UTF_8), "key file " + file);
    } catch (IOException e) {
      throw new IllegalArgumentException("key file " + file + " cannot be read", e);
    }
  }

  /** Validation and parsing shared by the factories. */
  final class Keys {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Keys() {}

    static String checkId(String id) {
      if (id == null || !ID.matcher(id).matches()) {
        throw new IllegalArgumentException("keyId: must be 1-64 characters of [A-Za-z0-9_-]");
      }
      return id;
    }

    static SecretKey checkKey(SecretKey key, String id) {
      Objects.requireNonNull(key, "key " + id);
      byte[] raw = key.getEncoded();
      if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || raw == null
          || raw.length != 16 && raw.length != 24 && raw.length != 32) {
        throw new IllegalArgumentException("key " + id + ": must be an AES key of 128, 192 or 256 bits");
      }
      return key;
    }

    static KeyProvider parse(String text, String source) {
      Map<String, SecretKey> keys = new LinkedHashMap<>();
      String current = null;
      for (String entry : text.split("[,\\r\\n]+")) {
        String e = entry.strip();
        if (e.isEmpty()) {
          continue;
        }
        int colon = e.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException(source + ": every entry must be keyId:base64Key");
        }
        String id = checkId(e.substring(0, colon).strip());
        byte[] raw;
        try {
          raw = Base64.getDecoder().decode(e.substring(colon + 1).strip());
        } catch (IllegalArgumentException notBase64) {
          throw new IllegalArgumentException(source + ": the key " + id + " is not base64");
        }
        keys.put(id, checkKey(new SecretKeySpec(raw, "AES"), id));
        if (current == null) {
          current = id;
        }
      }
      if (current == null) {
        throw new IllegalArgumentException(source + " holds no key");
      }
      return of(current, keys);
    }
  }
}
