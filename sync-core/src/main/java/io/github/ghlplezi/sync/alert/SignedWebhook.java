package io.github.ghlplezi.sync.alert;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a JSON body to one HTTP endpoint, signed with HMAC-SHA256 so the receiver can check that it
 * comes from the holder of the shared secret and was not replayed later. Reusable by every webhook
 * sink (alerts, digests).
 *
 * <p>The signature, documented in {@code docs/WEBHOOK-SIGNATURES.md}:
 *
 * <ol>
 *   <li>{@code timestamp} = the sending time in whole seconds since the epoch, as a decimal string,
 *       sent in {@value #TIMESTAMP_HEADER};
 *   <li>{@code signed} = the UTF-8 bytes of {@code timestamp + "." + body} (the body exactly as sent);
 *   <li>{@value #SIGNATURE_HEADER} = {@code "v1=" + lowercase hex(HMAC-SHA256(secret, signed))}.
 * </ol>
 *
 * <p>{@link #verify} is the receiver's side of it (constant-time, with a replay window).
 *
 * <p>Redirects are never followed (a 3xx is a permanent failure), OkHttp's silent retry is off (the
 * caller decides on repetitions), every timeout is set, and neither the secret nor the URL's path and
 * query (which often hold a token, as Slack's do) ever reach a log line or an exception message: only
 * the scheme, host and port do. Plain {@code http} is refused except to a loopback address.
 */
public final class SignedWebhook {

  private static final Logger LOG = LoggerFactory.getLogger(SignedWebhook.class);

  /** The header carrying the signature, {@code v1=<hex>}. */
  public static final String SIGNATURE_HEADER = "X-GhlPlezi-Signature";
  /** The header carrying the signing time, in seconds since the epoch. */
  public static final String TIMESTAMP_HEADER = "X-GhlPlezi-Timestamp";
  /** The header carrying the delivery id (an alert key, a digest id): the same id means the same message. */
  public static final String DELIVERY_HEADER = "X-GhlPlezi-Delivery";
  /** The version prefix of the signature. */
  public static final String SCHEME = "v1";
  /** The replay window {@link #verify} applies by default. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
  /** The shortest secret accepted, in bytes. */
  public static final int MIN_SECRET_BYTES = 16;

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String HMAC = "HmacSHA256";

  private final HttpUrl url;
  private final byte[] secret;
  private final OkHttpClient http;
  private final Clock clock;
  private final String target;

  private SignedWebhook(Builder b) {
    this.url = b.url;
    this.secret = b.secret.clone();
    this.clock = b.clock;
    this.target = describe(b.url);
    this.http = b.http.newBuilder()
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(b.connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(b.callTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  /**
   * A builder for an endpoint.
   *
   * @param url the endpoint ({@code https}, or {@code http} to a loopback address)
   * @return the builder
   */
  public static Builder builder(String url) {
    return new Builder(url);
  }

  /**
   * Where this webhook posts, without path or query (they may hold a token): for logs.
   *
   * @return e.g. {@code https://hooks.example.com:443}
   */
  public String target() {
    return target;
  }

  /**
   * Signs and posts one JSON body. A 2xx answer is success; anything else throws.
   *
   * @param jsonBody the body, sent exactly as given (UTF-8)
   * @param deliveryId sent as {@value #DELIVERY_HEADER} so the receiver can drop a repeat
   * @throws AlertDeliveryException when the endpoint did not answer 2xx: retriable for I/O failures,
   *     timeouts, 408, 425, 429 and 5xx; permanent for redirects and other statuses
   */
  public void post(String jsonBody, String deliveryId) throws AlertDeliveryException {
    Objects.requireNonNull(jsonBody, "jsonBody");
    Objects.requireNonNull(deliveryId, "deliveryId");
    long timestamp = clock.instant().getEpochSecond();
    String ts = Long.toString(timestamp);
    Request request = new Request.Builder().url(url)
        .header("User-Agent", "ghl-plezi-webhook")
        .header(TIMESTAMP_HEADER, ts)
        .header(SIGNATURE_HEADER, signature(secret, ts, jsonBody))
        .header(DELIVERY_HEADER, deliveryId)
        .post(RequestBody.create(jsonBody.getBytes(StandardCharsets.UTF_8), JSON))
        .build();
    long started = System.nanoTime();
    int status;
    try (Response response = http.newCall(request).execute()) {
      status = response.code();
    } catch (InterruptedIOException e) {
      throw new AlertDeliveryException("webhook " + target + " timed out", true, null);
    } catch (IOException e) {
      throw new AlertDeliveryException("webhook " + target + " unreachable: " + e.getClass().getSimpleName(), true,
          null);
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    LOG.info("webhook POST {} -> {} ({} ms)", target, status, ms);
    if (status >= 200 && status < 300) {
      return;
    }
    if (status >= 300 && status < 400) {
      throw new AlertDeliveryException("webhook " + target + " answered a redirect (" + status
          + "); redirects are not followed: configure the final URL", false, null);
    }
    boolean retriable = status >= 500 || status == 408 || status == 425 || status == 429;
    throw new AlertDeliveryException("webhook " + target + " answered " + status, retriable, null);
  }

  /**
   * The signature header value of a body: {@code "v1=" + hex(HMAC-SHA256(secret, timestamp + "." + body))}.
   *
   * @param secret the shared secret
   * @param timestamp the value of {@value #TIMESTAMP_HEADER}
   * @param body the body, exactly as sent
   * @return the value of {@value #SIGNATURE_HEADER}
   */
  public static String signature(byte[] secret, String timestamp, String body) {
    return SCHEME + "=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
  }

  /**
   * Checks a received webhook (the receiver's side). The signature header may list several
   * comma-separated {@code v1=} values (while a secret is rotated); one match suffices. The
   * comparison takes constant time.
   *
   * @param secret the shared secret
   * @param timestampHeader the received {@value #TIMESTAMP_HEADER}
   * @param signatureHeader the received {@value #SIGNATURE_HEADER}
   * @param body the raw received body, as UTF-8 text
   * @param now the receiver's time
   * @param tolerance how far the timestamp may be from {@code now}, either way
   * @return whether the body is authentic and its timestamp within the window
   */
  public static boolean verify(byte[] secret, String timestampHeader, String signatureHeader, String body,
      Instant now, Duration tolerance) {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(tolerance, "tolerance");
    if (timestampHeader == null || signatureHeader == null || body == null || !timestampHeader.matches("[0-9]{1,12}")) {
      return false;
    }
    long sent = Long.parseLong(timestampHeader);
    if (Math.abs(now.getEpochSecond() - sent) > tolerance.getSeconds()) {
      return false;
    }
    byte[] expected = hmac(secret, timestampHeader, body);
    boolean match = false;
    for (String part : signatureHeader.split(",")) {
      String value = part.trim();
      if (value.startsWith(SCHEME + "=")) {
        byte[] given;
        try {
          given = HexFormat.of().parseHex(value.substring(SCHEME.length() + 1).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
          continue;
        }
        match |= MessageDigest.isEqual(expected, given);
      }
    }
    return match;
  }

  /**
   * {@link #verify(byte[], String, String, String, Instant, Duration)} with the
   * {@link #DEFAULT_TOLERANCE default replay window}.
   *
   * @param secret the shared secret
   * @param timestampHeader the received {@value #TIMESTAMP_HEADER}
   * @param signatureHeader the received {@value #SIGNATURE_HEADER}
   * @param body the raw received body, as UTF-8 text
   * @param now the receiver's time
   * @return whether the body is authentic and recent
   */
  public static boolean verify(byte[] secret, String timestampHeader, String signatureHeader, String body,
      Instant now) {
    return verify(secret, timestampHeader, signatureHeader, body, now, DEFAULT_TOLERANCE);
  }

  private static byte[] hmac(byte[] secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret, HMAC));
      return mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  private static String describe(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }

  @Override
  public String toString() {
    return "SignedWebhook[" + target + "]";
  }

  /** Configures a {@link SignedWebhook}. Every setting but the secret has a default. */
  public static final class Builder {
    private final HttpUrl url;
    private byte[] secret;
    private OkHttpClient http;
    private Clock clock = Clock.systemUTC();
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    private Duration callTimeout = Duration.ofSeconds(30);

    private Builder(String url) {
      HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(url, "url"));
      if (parsed == null) {
        throw new IllegalArgumentException("webhook url is not an http(s) URL");
      }
      if (!parsed.isHttps() && !loopback(parsed.host())) {
        throw new IllegalArgumentException("webhook " + describe(parsed)
            + ": plain http is only allowed to a loopback address; use https");
      }
      this.url = parsed;
    }

    private static boolean loopback(String host) {
      if (host.equals("localhost")) {
        return true;
      }
      try {
        // a literal address only: a name is never resolved here
        return host.matches("[0-9.]+|[0-9a-fA-F:]+") && InetAddress.getByName(host).isLoopbackAddress();
      } catch (IOException e) {
        return false;
      }
    }

    /**
     * The shared secret (kept in memory only, never logged).
     *
     * @param value at least {@value SignedWebhook#MIN_SECRET_BYTES} bytes; 32 random bytes recommended
     * @return this builder
     */
    public Builder secret(byte[] value) {
      Objects.requireNonNull(value, "secret");
      if (value.length < MIN_SECRET_BYTES) {
        throw new IllegalArgumentException("webhook secret must be at least " + MIN_SECRET_BYTES + " bytes, was "
            + value.length);
      }
      this.secret = value.clone();
      return this;
    }

    /**
     * The shared secret as text (its UTF-8 bytes).
     *
     * @param value at least {@value SignedWebhook#MIN_SECRET_BYTES} bytes once encoded
     * @return this builder
     */
    public Builder secret(String value) {
      return secret(Objects.requireNonNull(value, "secret").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The client whose connection pool and dispatcher are shared; redirects, silent retries and
     * timeouts are overridden on a derived client.
     *
     * @param value the base client (default: a new one)
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient value) {
      this.http = Objects.requireNonNull(value, "okHttpClient");
      return this;
    }

    /**
     * The clock of the signature timestamps.
     *
     * @param value the clock (default: the system's, UTC)
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Timeouts of one post.
     *
     * @param connect connecting (default 5 s)
     * @param read the longest pause between two reads or writes of the socket (default 10 s)
     * @param call the whole call (default 30 s)
     * @return this builder
     */
    public Builder timeouts(Duration connect, Duration read, Duration call) {
      this.connectTimeout = positive(connect, "connect");
      this.readTimeout = positive(read, "read");
      this.callTimeout = positive(call, "call");
      return this;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " timeout must be positive: " + d);
      }
      return d;
    }

    /**
     * Builds the webhook.
     *
     * @return the webhook
     * @throws IllegalStateException when no secret was set
     */
    public SignedWebhook build() {
      if (secret == null) {
        throw new IllegalStateException("webhook " + describe(url) + ": no secret set; unsigned webhooks are not sent");
      }
      if (http == null) {
        http = new OkHttpClient();
      }
      return new SignedWebhook(this);
    }
  }
}
