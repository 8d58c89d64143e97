package io.github.ghlplezi.ghl.webhook;

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
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
 * <p>After the signature, a replay guard applies: {@code timestamp} must lie within
 * {@link Builder#timestampTolerance(Duration)} of the clock (5 minutes by default, as HighLevel
 * recommends), and a {@code webhookId} already accepted yields {@link Duplicate}. Thread-safe.
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

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final PublicKey ed25519;
  private final PublicKey rsa;
  private final Clock clock;
  private final Duration tolerance;
  private final boolean requireTimestamp;
  private final WebhookIdStore idStore;
  private final Duration idRetention;
  private final String expectedAppId;

  private WebhookVerifier(Builder b) {
    if (b.ed25519 == null && b.rsa == null) {
      throw new IllegalStateException("No webhook public key configured: set ed25519PublicKeyPem(...) and/or"
          + " rsaPublicKeyPem(...) with the keys HighLevel publishes; unsigned or unverifiable webhooks are never accepted");
    }
    this.ed25519 = b.ed25519;
    this.rsa = b.rsa;
    this.clock = b.clock;
    this.tolerance = b.tolerance;
    this.requireTimestamp = b.requireTimestamp;
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
   * @return the outcome
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
    boolean valid;
    if (edSignature != null && ed25519 != null) {
      scheme = SignatureScheme.ED25519;
      valid = check("Ed25519", ed25519, rawBody, edSignature);
    } else if (rsaSignature != null && rsa != null) {
      scheme = SignatureScheme.RSA_SHA256;
      valid = check("SHA256withRSA", rsa, rawBody, rsaSignature);
    } else {
      return new Rejected(Reason.NO_KEY_FOR_SIGNATURE, "the delivery is signed with "
          + (edSignature != null ? ED25519_HEADER : RSA_HEADER) + " but no key for that scheme is configured");
    }
    if (!valid) {
      return new Rejected(Reason.BAD_SIGNATURE, scheme.header() + " does not match the body");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(rawBody);
    } catch (IOException e) {
      return new Rejected(Reason.MALFORMED_BODY, "the body is not JSON");
    }
    if (root == null || !root.isObject()) {
      return new Rejected(Reason.MALFORMED_BODY, "the body is not a JSON object");
    }
    WebhookEvent event;
    try {
      event = parse(root);
    } catch (DateTimeParseException e) {
      return new Rejected(Reason.MALFORMED_BODY, "timestamp is not an ISO-8601 instant");
    }
    if (expectedAppId != null && event.appId().isPresent() && !expectedAppId.equals(event.appId().get())) {
      return new Rejected(Reason.WRONG_APP, "appId " + event.appId().get() + " is not the configured app");
    }
    Instant now = clock.instant();
    if (event.timestamp().isPresent()) {
      Instant ts = event.timestamp().get();
      if (Duration.between(ts, now).abs().compareTo(tolerance) > 0) {
        return new Rejected(Reason.STALE_TIMESTAMP, "timestamp " + ts + " is more than " + tolerance + " from now (" + now + ")");
      }
    } else if (requireTimestamp) {
      return new Rejected(Reason.STALE_TIMESTAMP, "timestamp is missing");
    }
    if (event.webhookId().isPresent()) {
      Instant forgetAfter = now.plus(idRetention.compareTo(tolerance.multipliedBy(2)) > 0 ? idRetention : tolerance.multipliedBy(2));
      if (!idStore.markSeen(event.webhookId().get(), forgetAfter)) {
        return new Duplicate(event);
      }
    }
    return new Verified(event, scheme);
  }

  /**
   * Verifies a delivery whose headers are given as a map (names matched case-insensitively).
   *
   * @param rawBody the request body exactly as received
   * @param headers the request headers
   * @return the outcome
   */
  public WebhookVerification verify(byte[] rawBody, Map<String, String> headers) {
    Map<String, String> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    ci.putAll(headers);
    return verify(rawBody, ci::get);
  }

  private static String present(String header) {
    if (header == null) {
      return null;
    }
    String trimmed = header.trim();
    return trimmed.isEmpty() || "N/A".equalsIgnoreCase(trimmed) ? null : trimmed;
  }

  private static boolean check(String algorithm, PublicKey key, byte[] body, String base64Signature) {
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(base64Signature);
    } catch (IllegalArgumentException e) {
      return false;
    }
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

  private static WebhookEvent parse(JsonNode root) {
    String type = text(root, "type").orElse("");
    Optional<String> webhookId = text(root, "webhookId");
    Optional<Instant> timestamp = text(root, "timestamp").map(Instant::parse);
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
    private WebhookIdStore idStore;
    private Duration idRetention = Duration.ofHours(24);
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
     * @param tolerance how far {@code timestamp} may be from now, either way; default 5 minutes
     * @return this builder
     */
    public Builder timestampTolerance(Duration tolerance) {
      if (tolerance == null || tolerance.isNegative() || tolerance.isZero()) {
        throw new GhlInvalidArgumentException("timestampTolerance", "must be positive");
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * @param require whether a delivery without {@code timestamp} is rejected; default {@code false}
     *     (HighLevel's documented INSTALL samples carry none)
     * @return this builder
     */
    public Builder requireTimestamp(boolean require) {
      this.requireTimestamp = require;
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
     * @param retention how long accepted ids are remembered (at least twice the timestamp
     *     tolerance); default 24 hours
     * @return this builder
     */
    public Builder webhookIdRetention(Duration retention) {
      if (retention == null || retention.isNegative() || retention.isZero()) {
        throw new GhlInvalidArgumentException("webhookIdRetention", "must be positive");
      }
      this.idRetention = retention;
      return this;
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
     */
    public WebhookVerifier build() {
      return new WebhookVerifier(this);
    }
  }
}
