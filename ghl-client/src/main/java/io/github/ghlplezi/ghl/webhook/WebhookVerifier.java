package io.github.ghlplezi.ghl.webhook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Duplicate;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Reason;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Rejected;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Verified;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Verifies HighLevel webhook deliveries over the exact raw body bytes, with the JDK's own
 * cryptography:
 *
 * <ul>
 *   <li>{@code x-ghl-signature}: Ed25519, base64 of the 64-byte signature (current scheme);</li>
 *   <li>{@code x-wh-signature}: RSA PKCS#1 v1.5 with SHA-256, base64 (legacy scheme, announced for
 *       retirement).</li>
 * </ul>
 *
 * <p>When both headers are present and an Ed25519 key is configured, only the Ed25519 signature
 * decides (no fallback to RSA). A header value of {@code N/A} counts as absent. The public keys are
 * supplied by the application as PEM ({@code -----BEGIN PUBLIC KEY-----}); HighLevel publishes them
 * in its webhook documentation (see the module README). Building a verifier without any key fails:
 * there is no mode that skips verification.
 *
 * <p>A signature header must be canonical standard base64 (with padding) of exactly the scheme's
 * length: 64 bytes for Ed25519, the key's modulus length for RSA; anything else is refused as
 * {@link Reason#MALFORMED_SIGNATURE} before any cryptography runs.
 *
 * <p>After the signature, a replay guard applies: {@code timestamp} must be an ISO-8601 instant
 * string within {@link Builder#timestampTolerance(Duration)} of the clock (5 minutes by default, as
 * HighLevel recommends), and a {@code webhookId} already accepted yields {@link Duplicate}. A
 * delivery carrying neither is refused by default ({@link Reason#MISSING_REPLAY_PROTECTION}): it
 * could be replayed forever. A {@code timestamp} or {@code webhookId} that is present but not a
 * well-formed string ({@code ""}, a number, an array, an object) is refused, never treated as
 * absent.
 *
 * <p>Settings are checked when the verifier is built. {@link #verify} never throws on what a
 * sender controls (headers, body): every problem is a {@link Rejected} with a reason. Thread-safe.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *     .ed25519PublicKeyPem(ed25519Pem)
 *     .rsaPublicKeyPem(rsaPem)
 *     .build();
 * WebhookVerification result = verifier.verify(rawBody, request::getHeader);
 * }</pre>
 */
public final class WebhookVerifier {

  /** The Ed25519 signature header. */
  public static final String ED25519_HEADER = "x-ghl-signature";
  /** The RSA-SHA256 signature header. */
  public static final String RSA_HEADER = "x-wh-signature";
  /** The default accepted distance between {@code timestamp} and now. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
  /** The largest accepted {@link Builder#timestampTolerance(Duration)}. */
  public static final Duration MAX_TOLERANCE = Duration.ofHours(24);
  /** The default time accepted {@code webhookId}s are remembered. */
  public static final Duration DEFAULT_ID_RETENTION = Duration.ofHours(24);
  /** The longest accepted {@link Builder#webhookIdRetention(Duration)}. */
  public static final Duration MAX_ID_RETENTION = Duration.ofDays(366);
  /** The longest {@code webhookId} accepted (longer ones are refused as malformed). */
  public static final int MAX_WEBHOOK_ID_LENGTH = 256;
  /** The length of an Ed25519 signature, in bytes. */
  static final int ED25519_SIGNATURE_BYTES = 64;

  // a body with anything after its JSON object is not the object HighLevel described
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final PublicKey ed25519;
  private final PublicKey rsa;
  private final Clock clock;
  private final Duration tolerance;
  private final boolean requireTimestamp;
  private final boolean allowUnprotected;
  private final int rsaSignatureBytes;
  private final WebhookIdStore idStore;
  private final Duration idRetention;
  private final String expectedAppId;

  private WebhookVerifier(Builder b) {
    if (b.ed25519 == null && b.rsa == null) {
      throw new IllegalStateException("No webhook public key configured: set ed25519PublicKeyPem(...) and/or"
          + " rsaPublicKeyPem(...) with the keys HighLevel publishes; unsigned or unverifiable webhooks are never accepted");
    }
    if (b.idRetention.compareTo(b.tolerance.multipliedBy(2)) < 0) {
      throw new GhlInvalidArgumentException("webhookIdRetention", "must be at least twice timestampTolerance ("
          + b.tolerance + "), so an id is remembered for as long as its timestamp is accepted; was " + b.idRetention);
    }
    this.ed25519 = b.ed25519;
    this.rsa = b.rsa;
    this.rsaSignatureBytes = b.rsa == null ? 0 : (((RSAPublicKey) b.rsa).getModulus().bitLength() + 7) / 8;
    this.clock = b.clock;
    this.tolerance = b.tolerance;
    this.requireTimestamp = b.requireTimestamp;
    this.allowUnprotected = b.allowUnprotected;
    this.idStore = b.idStore != null ? b.idStore : new InMemoryWebhookIdStore(b.clock, 100_000);
    this.idRetention = b.idRetention;
    this.expectedAppId = b.expectedAppId;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery.
   *
   * @param rawBody the request body exactly as received (never re-serialised JSON)
   * @param headers looks up a request header by name (case-insensitively, as servlet containers do);
   *     returns {@code null} when absent
   * @return the outcome; whatever the headers and body hold, a problem with them is a
   *     {@link Rejected} with its reason, never an exception
   * @throws NullPointerException if {@code rawBody} or {@code headers} is {@code null}
   */
  public WebhookVerification verify(byte[] rawBody, Function<String, String> headers) {
    Objects.requireNonNull(rawBody, "rawBody");
    Objects.requireNonNull(headers, "headers");
    String edSignature = present(headers.apply(ED25519_HEADER));
    String rsaSignature = present(headers.apply(RSA_HEADER));
    if (edSignature == null && rsaSignature == null) {
      return new Rejected(Reason.MISSING_SIGNATURE, "neither " + ED25519_HEADER + " nor " + RSA_HEADER + " is present");
    }
    SignatureScheme scheme;
    byte[] signature;
    if (edSignature != null && ed25519 != null) {
      scheme = SignatureScheme.ED25519;
      signature = decode(edSignature, ED25519_SIGNATURE_BYTES);
    } else if (rsaSignature != null && rsa != null) {
      scheme = SignatureScheme.RSA_SHA256;
      signature = decode(rsaSignature, rsaSignatureBytes);
    } else {
      return new Rejected(Reason.NO_KEY_FOR_SIGNATURE, "the delivery is signed with "
          + (edSignature != null ? ED25519_HEADER : RSA_HEADER) + " but no key for that scheme is configured");
    }
    if (signature == null) {
      return new Rejected(Reason.MALFORMED_SIGNATURE, scheme.header() + " is not standard base64 of exactly "
          + (scheme == SignatureScheme.ED25519 ? ED25519_SIGNATURE_BYTES : rsaSignatureBytes) + " bytes");
    }
    boolean valid = scheme == SignatureScheme.ED25519
        ? check("Ed25519", ed25519, rawBody, signature)
        : check("SHA256withRSA", rsa, rawBody, signature);
    if (!valid) {
      return new Rejected(Reason.BAD_SIGNATURE, scheme.header() + " does not match the body");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(rawBody);
    } catch (IOException | RuntimeException e) {
      return new Rejected(Reason.MALFORMED_BODY, "the body is not JSON");
    }
    if (root == null || !root.isObject()) {
      return new Rejected(Reason.MALFORMED_BODY, "the body is not a JSON object");
    }
    Optional<Instant> timestamp;
    try {
      timestamp = timestamp(root);
    } catch (MalformedField e) {
      return new Rejected(Reason.MALFORMED_TIMESTAMP, e.getMessage());
    }
    Optional<String> webhookId;
    try {
      webhookId = webhookId(root);
    } catch (MalformedField e) {
      return new Rejected(Reason.MALFORMED_BODY, e.getMessage());
    }
    WebhookEvent event = parse(root, webhookId, timestamp);
    if (expectedAppId != null && event.appId().isPresent() && !expectedAppId.equals(event.appId().get())) {
      return new Rejected(Reason.WRONG_APP, "appId is not the configured app");
    }
    Instant now = clock.instant();
    if (timestamp.isPresent()) {
      Instant ts = timestamp.get();
      if (Duration.between(ts, now).abs().compareTo(tolerance) > 0) {
        return new Rejected(Reason.STALE_TIMESTAMP, "timestamp " + ts + " is more than " + tolerance + " from now (" + now + ")");
      }
    } else if (requireTimestamp) {
      return new Rejected(Reason.STALE_TIMESTAMP, "timestamp is missing");
    } else if (webhookId.isEmpty() && !allowUnprotected) {
      return new Rejected(Reason.MISSING_REPLAY_PROTECTION,
          "the delivery carries neither timestamp nor webhookId, so a copy could be replayed at any time");
    }
    if (webhookId.isPresent() && !idStore.markSeen(webhookId.get(), plusSaturated(now, idRetention))) {
      return new Duplicate(event);
    }
    return new Verified(event, scheme);
  }

  /**
   * Verifies a delivery whose headers are given as a map (names matched case-insensitively;
   * entries with a {@code null} name or value are skipped; a signature header given twice with
   * different values, for example as {@code X-GHL-Signature} and {@code x-ghl-signature}, is
   * {@link Reason#MALFORMED_SIGNATURE}).
   *
   * @param rawBody the request body exactly as received
   * @param headers the request headers
   * @return the outcome, never an exception for hostile headers or body
   */
  public WebhookVerification verify(byte[] rawBody, Map<String, String> headers) {
    Objects.requireNonNull(headers, "headers");
    Map<String, String> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      String name = header.getKey();
      if (name == null || header.getValue() == null) {
        continue;
      }
      String earlier = ci.putIfAbsent(name, header.getValue());
      if (earlier != null && !earlier.equals(header.getValue())
          && (ED25519_HEADER.equalsIgnoreCase(name) || RSA_HEADER.equalsIgnoreCase(name))) {
        return new Rejected(Reason.MALFORMED_SIGNATURE, name.toLowerCase(Locale.ROOT)
            + " is given more than once with different values");
      }
    }
    return verify(rawBody, ci::get);
  }

  private static String present(String header) {
    if (header == null) {
      return null;
    }
    String trimmed = header.trim();
    return trimmed.isEmpty() || "N/A".equalsIgnoreCase(trimmed) ? null : trimmed;
  }

  /** @return the decoded signature, or {@code null} unless canonical base64 of exactly {@code length} bytes */
  private static byte[] decode(String base64, int length) {
    if (base64.length() != 4 * ((length + 2) / 3)) {
      return null;
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return null;
    }
    // re-encoding must give the same text: no stray bits in the last character
    return decoded.length == length && Base64.getEncoder().encodeToString(decoded).equals(base64) ? decoded : null;
  }

  private static Instant plusSaturated(Instant now, Duration amount) {
    try {
      return now.plus(amount);
    } catch (DateTimeException | ArithmeticException e) {
      return Instant.MAX;
    }
  }

  private static boolean check(String algorithm, PublicKey key, byte[] body, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(key);
      verifier.update(body);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static Optional<String> text(JsonNode root, String field) {
    JsonNode n = root.get(field);
    return n == null || n.isNull() || n.asText().isEmpty() ? Optional.empty() : Optional.of(n.asText());
  }

  private static Optional<Boolean> bool(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? Optional.empty() : Optional.of(node.asBoolean());
  }

  /** A replay field is present but not a usable value; the message says which and why. */
  private static final class MalformedField extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedField(String message) {
      super(message, null, false, false);
    }
  }

  private static Optional<Instant> timestamp(JsonNode root) throws MalformedField {
    JsonNode n = root.get("timestamp");
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw new MalformedField("timestamp is a JSON " + n.getNodeType().name().toLowerCase(Locale.ROOT)
          + ", not an ISO-8601 instant string");
    }
    try {
      return Optional.of(Instant.parse(n.textValue()));
    } catch (DateTimeException e) {
      throw new MalformedField("timestamp is not an ISO-8601 instant");
    }
  }

  private static Optional<String> webhookId(JsonNode root) throws MalformedField {
    JsonNode n = root.get("webhookId");
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual() || n.textValue().isBlank() || n.textValue().length() > MAX_WEBHOOK_ID_LENGTH) {
      throw new MalformedField("webhookId is not a string of 1 to " + MAX_WEBHOOK_ID_LENGTH + " characters");
    }
    return Optional.of(n.textValue());
  }

  private static WebhookEvent parse(JsonNode root, Optional<String> webhookId, Optional<Instant> timestamp) {
    String type = text(root, "type").orElse("");
    Optional<String> appId = text(root, "appId");
    Optional<String> locationId = text(root, "locationId");
    Optional<String> companyId = text(root, "companyId");
    switch (type.toUpperCase(Locale.ROOT)) {
      case "INSTALL":
        return new AppInstallEvent(type, webhookId, timestamp, appId, locationId, companyId, text(root, "userId"),
            text(root, "planId"), text(root, "versionId"), text(root, "installType"), text(root, "companyName"),
            bool(root.get("isWhitelabelCompany")), bool(root.path("trial").get("onTrial")), root);
      case "UNINSTALL":
        return new AppUninstallEvent(type, webhookId, timestamp, appId, locationId, companyId, root);
      default:
        return new GenericWebhookEvent(type, webhookId, timestamp, appId, locationId, companyId, root);
    }
  }

  static PublicKey parsePem(String parameter, String pem, String algorithm) {
    if (pem == null || pem.isBlank()) {
      throw new GhlInvalidArgumentException(parameter, "must not be blank");
    }
    String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new GhlInvalidArgumentException(parameter, "is not a PEM-encoded " + algorithm + " public key (SubjectPublicKeyInfo)");
    }
  }

  @Override
  public String toString() {
    return "WebhookVerifier[ed25519=" + (ed25519 != null) + ", rsa=" + (rsa != null) + ", tolerance=" + tolerance + "]";
  }

  /** Builds a {@link WebhookVerifier}; at least one public key is required. */
  public static final class Builder {

    private PublicKey ed25519;
    private PublicKey rsa;
    private Clock clock = Clock.systemUTC();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private boolean requireTimestamp;
    private boolean allowUnprotected;
    private WebhookIdStore idStore;
    private Duration idRetention = DEFAULT_ID_RETENTION;
    private String expectedAppId;

    private Builder() {
    }

    /**
     * @param pem HighLevel's Ed25519 public key ({@code -----BEGIN PUBLIC KEY-----}, X.509)
     * @return this builder
     */
    public Builder ed25519PublicKeyPem(String pem) {
      this.ed25519 = parsePem("ed25519PublicKeyPem", pem, "Ed25519");
      return this;
    }

    /**
     * @param pem HighLevel's RSA public key ({@code -----BEGIN PUBLIC KEY-----}, X.509)
     * @return this builder
     */
    public Builder rsaPublicKeyPem(String pem) {
      this.rsa = parsePem("rsaPublicKeyPem", pem, "RSA");
      return this;
    }

    /**
     * @param clock the clock the timestamp window is checked against
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param tolerance how far {@code timestamp} may be from now, either way: 1 second to
     *     {@link #MAX_TOLERANCE}; default 5 minutes
     * @return this builder
     * @throws GhlInvalidArgumentException outside those bounds
     */
    public Builder timestampTolerance(Duration tolerance) {
      this.tolerance = bounded("timestampTolerance", tolerance, MAX_TOLERANCE);
      return this;
    }

    /**
     * @param require whether a delivery without {@code timestamp} is rejected even when it carries
     *     a {@code webhookId}; default {@code false} (a {@code webhookId} alone is accepted, and a
     *     delivery with neither is always rejected unless
     *     {@link #unsafeAllowDeliveriesWithoutTimestampOrId(boolean)} is set)
     * @return this builder
     */
    public Builder requireTimestamp(boolean require) {
      this.requireTimestamp = require;
      return this;
    }

    /**
     * UNSAFE: accepts deliveries that carry neither {@code timestamp} nor {@code webhookId}. Such a
     * delivery, once captured, verifies on every replay for as long as the key is valid; enable
     * only behind another replay defence (for example an idempotent handler). Default
     * {@code false}.
     *
     * @param allow whether to accept deliveries without any replay protection
     * @return this builder
     */
    public Builder unsafeAllowDeliveriesWithoutTimestampOrId(boolean allow) {
      this.allowUnprotected = allow;
      return this;
    }

    /**
     * @param store where accepted {@code webhookId}s are remembered; default an
     *     {@link InMemoryWebhookIdStore} of 100,000 ids
     * @return this builder
     */
    public Builder webhookIdStore(WebhookIdStore store) {
      this.idStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * @param retention how long accepted ids are remembered: at least twice the timestamp
     *     tolerance (checked by {@link #build()}) and at most {@link #MAX_ID_RETENTION}; default
     *     24 hours
     * @return this builder
     * @throws GhlInvalidArgumentException outside those bounds
     */
    public Builder webhookIdRetention(Duration retention) {
      this.idRetention = bounded("webhookIdRetention", retention, MAX_ID_RETENTION);
      return this;
    }

    private static Duration bounded(String parameter, Duration value, Duration max) {
      if (value == null) {
        throw new GhlInvalidArgumentException(parameter, "must not be null");
      }
      if (value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(max) > 0) {
        throw new GhlInvalidArgumentException(parameter, "must be between PT1S and " + max + ", was " + value);
      }
      return value;
    }

    /**
     * @param appId when set, deliveries naming another {@code appId} are rejected
     * @return this builder
     */
    public Builder expectedAppId(String appId) {
      if (appId == null || appId.isBlank()) {
        throw new GhlInvalidArgumentException("expectedAppId", "must not be blank");
      }
      this.expectedAppId = appId;
      return this;
    }

    /**
     * @return the verifier
     * @throws IllegalStateException when no public key was configured
     * @throws GhlInvalidArgumentException when the id retention is shorter than twice the
     *     timestamp tolerance
     */
    public WebhookVerifier build() {
      return new WebhookVerifier(this);
    }
  }
}
