package io.github.ghlplezi.testkit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Plezi brain API request signature ({@code X-AUTHORIZATION: plezi id=…,algo=hmac-sha256,nonce=…,
 * signature=…,ts=…}), as the fake verifies it. Public so that client tests can check what they send
 * against the same rule.
 *
 * <p>The string to sign is {@code METHOD \n host \n path \n query \n id=<id>&algo=hmac-sha256&nonce=<nonce>&ts=<ts>}
 * and the signature is base64(HMAC-SHA256(secret, string)). Plezi's WordPress plugin joins the parts
 * with a literal backslash-n (two characters) rather than a newline; the verifier accepts both.
 */
public final class BrainSignatures {

  /** Outcome of a verification. */
  public enum Result {
    /**
     * The header is well formed, names the key and signs this request within the window.
     */
    VALID,
    /**
     * No {@code X-AUTHORIZATION} header.
     */
    MISSING,
    /**
     * The header is not of the form {@code plezi k=v,k=v} or lacks a part.
     */
    MALFORMED,
    /**
     * The header names another public key.
     */
    UNKNOWN_KEY,
    /**
     * The signature does not match the string to sign (with either separator).
     */
    BAD_SIGNATURE,
    /**
     * The timestamp is outside the accepted window around now.
     */
    STALE_TIMESTAMP
  }

  /** How the parts of the string to sign are joined. */
  public enum Separator {
    /** A real line feed (U+000A). */
    NEWLINE("\n"),
    /** The two characters backslash and n, as Plezi's WordPress plugin sends. */
    LITERAL_BACKSLASH_N("\\n");

    private final String text;

    Separator(String text) {
      this.text = text;
    }

    /**
     * @return the characters placed between two parts of the string to sign
     */
    public String text() {
      return text;
    }
  }

  private BrainSignatures() {}

  /**
   * The string to sign for one request ({@code query} without the leading '?', may be empty).
   *
   * @param method the HTTP method
   * @param host the host name
   * @param path the URL path
   * @param query the query string, without '?'; may be empty
   * @param keyId the brain public key
   * @param nonce the request's nonce
   * @param ts the request's timestamp, as sent
   * @param separator how the parts are joined
   * @return the string to sign
   */
  public static String stringToSign(String method, String host, String path, String query, String keyId,
      String nonce, long ts, Separator separator) {
    String sep = separator.text();
    return method.toUpperCase(Locale.ROOT) + sep + host + sep + path + sep + (query == null ? "" : query) + sep
        + "id=" + keyId + "&algo=hmac-sha256&nonce=" + nonce + "&ts=" + ts;
  }

  /**
   * base64(HMAC-SHA256(secret, text)).
   *
   * @param secret the brain secret key
   * @param text the string to sign
   * @return the base64 signature
   */
  public static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A complete {@code X-AUTHORIZATION} header value.
   *
   * @param method the HTTP method
   * @param host the host name
   * @param path the URL path
   * @param query the query string, without '?'; may be empty
   * @param keyId the brain public key
   * @param secret the brain secret key
   * @param nonce the request's nonce
   * @param ts the request's timestamp
   * @param separator how the parts are joined
   * @return the header value
   */
  public static String header(String method, String host, String path, String query, String keyId, String secret,
      String nonce, long ts, Separator separator) {
    String sig = hmac(secret, stringToSign(method, host, path, query, keyId, nonce, ts, separator));
    return "plezi id=" + keyId + ",algo=hmac-sha256,nonce=" + nonce + ",signature=" + sig + ",ts=" + ts;
  }

  /**
   * Parses {@code plezi k=v,k=v}; null when the header is not of that form.
   *
   * @param header an {@code X-AUTHORIZATION} value, or {@code null}
   * @return its parts by name, or {@code null}
   */
  public static Map<String, String> parse(String header) {
    if (header == null) {
      return null;
    }
    String h = header.trim();
    if (!h.regionMatches(true, 0, "plezi ", 0, 6)) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : h.substring(6).split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        return null;
      }
      // the base64 signature may itself end with '=' padding: split on the first '=' only
      out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
    }
    return out;
  }

  /**
   * Verifies a request. {@code hosts} are the host names accepted in the string to sign (for
   * example {@code brain.plezi.co} and the Host header actually received).
   *
   * @param header the received {@code X-AUTHORIZATION} value, or {@code null}
   * @param method the request's HTTP method
   * @param hosts the accepted host names
   * @param path the request's path
   * @param query the request's query string, without '?'; may be empty
   * @param keyId the expected public key
   * @param secret the secret key
   * @param now the sandbox clock's now
   * @param window the largest accepted distance between the timestamp and {@code now}
   * @return the outcome
   */
  public static Result verify(String header, String method, java.util.Collection<String> hosts, String path,
      String query, String keyId, String secret, Instant now, Duration window) {
    Objects.requireNonNull(hosts, "hosts");
    if (header == null || header.isBlank()) {
      return Result.MISSING;
    }
    Map<String, String> p = parse(header);
    if (p == null || !p.containsKey("id") || !p.containsKey("signature") || !p.containsKey("ts")
        || !p.containsKey("nonce") || !"hmac-sha256".equalsIgnoreCase(p.getOrDefault("algo", ""))) {
      return Result.MALFORMED;
    }
    long ts;
    try {
      ts = Long.parseLong(p.get("ts"));
    } catch (NumberFormatException e) {
      return Result.MALFORMED;
    }
    if (!keyId.equals(p.get("id"))) {
      return Result.UNKNOWN_KEY;
    }
    boolean match = false;
    byte[] given = p.get("signature").getBytes(StandardCharsets.US_ASCII);
    for (String host : hosts) {
      for (Separator sep : Separator.values()) {
        String expected = hmac(secret, stringToSign(method, host, path, query, keyId, p.get("nonce"), ts, sep));
        match |= MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given);
      }
    }
    if (!match) {
      return Result.BAD_SIGNATURE;
    }
    if (Math.abs(now.getEpochSecond() - ts) > window.getSeconds()) {
      return Result.STALE_TIMESTAMP;
    }
    return Result.VALID;
  }
}
