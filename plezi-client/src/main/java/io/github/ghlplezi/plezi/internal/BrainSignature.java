package io.github.ghlplezi.plezi.internal;

import io.github.ghlplezi.plezi.PleziProtocol.SignatureHost;
import io.github.ghlplezi.plezi.PleziProtocol.SignatureLineBreak;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;

/**
 * The brain API's request signature. String to sign, lines joined by the configured separator:
 * <pre>
 * METHOD
 * host
 * /api/v1/endpoint
 * query string as sent (empty when none)
 * id=PUBLIC&amp;algo=hmac-sha256&amp;nonce=NONCE&amp;ts=UNIX_SECONDS
 * </pre>
 * signed as {@code base64(HMAC-SHA256(secret, string))} and sent as
 * {@code X-AUTHORIZATION: plezi id=PUBLIC,algo=hmac-sha256,nonce=NONCE,signature=SIG,ts=UNIX_SECONDS}.
 */
public final class BrainSignature {

  /** The header carrying the signature. */
  public static final String HEADER = "X-AUTHORIZATION";

  /** The algorithm name written in the header and the string to sign. */
  public static final String ALGORITHM = "hmac-sha256";

  private final String publicKey;
  private final SecretKeySpec secret;
  private final SignatureLineBreak lineBreak;
  private final SignatureHost host;
  private final String hostOverride;

  /**
   * @param publicKey the public API key ({@code id})
   * @param secretKey the secret key
   * @param lineBreak the line separator of the string to sign
   * @param host how the host line is written
   */
  public BrainSignature(String publicKey, String secretKey, SignatureLineBreak lineBreak,
      SignatureHost host) {
    this(publicKey, secretKey, lineBreak, host, null);
  }

  /**
   * @param publicKey the public API key ({@code id})
   * @param secretKey the secret key
   * @param lineBreak the line separator of the string to sign
   * @param host how the host line is written from the URL
   * @param hostOverride when not null, the host line to write whatever the URL (for requests that
   *     reach Plezi through a proxy or tunnel under another name)
   */
  public BrainSignature(String publicKey, String secretKey, SignatureLineBreak lineBreak,
      SignatureHost host, String hostOverride) {
    this.hostOverride = hostOverride;
    this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
    this.secret = new SecretKeySpec(Objects.requireNonNull(secretKey, "secretKey")
        .getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.lineBreak = Objects.requireNonNull(lineBreak, "lineBreak");
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * @param method the HTTP method
   * @param url the request URL, exactly as sent
   * @param nonce the nonce
   * @param timestamp the Unix time in seconds
   * @return the string to sign
   */
  public String stringToSign(String method, HttpUrl url, String nonce, long timestamp) {
    String sep = lineBreak.separator();
    String query = url.encodedQuery() == null ? "" : url.encodedQuery();
    return method + sep + hostLine(url) + sep + url.encodedPath() + sep + query + sep
        + "id=" + publicKey + "&algo=" + ALGORITHM + "&nonce=" + nonce + "&ts=" + timestamp;
  }

  /**
   * @param method the HTTP method
   * @param url the request URL, exactly as sent
   * @param nonce the nonce (no comma, no equals sign)
   * @param timestamp the Unix time in seconds
   * @return the {@code X-AUTHORIZATION} header value
   */
  public String header(String method, HttpUrl url, String nonce, long timestamp) {
    if (nonce.isEmpty() || nonce.indexOf(',') >= 0 || nonce.indexOf('=') >= 0) {
      throw new IllegalArgumentException("a nonce must be non-empty without ',' or '='");
    }
    String signature = sign(stringToSign(method, url, nonce, timestamp));
    return "plezi id=" + publicKey + ",algo=" + ALGORITHM + ",nonce=" + nonce + ",signature="
        + signature + ",ts=" + timestamp;
  }

  /** @param text the string to sign @return its base64 HMAC-SHA256 */
  String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private String hostLine(HttpUrl url) {
    if (hostOverride != null) {
      return hostOverride;
    }
    if (host == SignatureHost.HOST_ONLY || url.port() == HttpUrl.defaultPort(url.scheme())) {
      return url.host();
    }
    return url.host() + ":" + url.port();
  }

  @Override
  public String toString() {
    return "BrainSignature{publicKey=" + publicKey + ", lineBreak=" + lineBreak + ", host=" + host
        + ", secretKey=[REDACTED]}";
  }
}
