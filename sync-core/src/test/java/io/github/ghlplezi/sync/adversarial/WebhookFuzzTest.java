package io.github.ghlplezi.sync.adversarial;

import io.github.ghlplezi.ghl.webhook.WebhookVerification;
import io.github.ghlplezi.sync.http.ManualTime;
import io.github.ghlplezi.ghl.webhook.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Fuzzes {@link WebhookVerifier} with real Ed25519 and RSA keys. Invariants: verifying never throws
 * (only building with a bad argument may, with an {@link IllegalArgumentException}); a forged
 * signature, a mutated body, a malformed or out-of-window timestamp, or a replay is never accepted;
 * by default a delivery with neither timestamp nor id is refused; genuine deliveries pass.
 */
class WebhookFuzzTest {

  private static final int TRIES = 200;
  private static final KeyPair ED25519 = keyPair("Ed25519", 0);
  private static final KeyPair RSA = keyPair("RSA", 2048);
  private static final String ED_PEM = pem(ED25519);
  private static final String RSA_PEM = pem(RSA);

  /** The check the running property records into; asserted after the property. */
  private Tally tally;

  @AfterProperty
  void counts_of_the_property_are_clean() {
    if (tally != null) {
      tally.assertClean();
    }
  }

  // ------------------------------------------------------------------ forged signatures

  enum Forgery {
    FLIP_BIT, TRUNCATE, EXTEND_TO_65_BYTES, ZERO_PADDED, EXTEND, RANDOM_BYTES, ALL_ZERO, GARBAGE_TEXT, HUGE_TEXT,
    MUTATED_BODY, SIGNATURE_OF_OTHER_BODY, ED25519_SIGNATURE_IN_RSA_HEADER, RSA_SIGNATURE_IN_ED25519_HEADER
  }

  @Property(tries = TRIES)
  void forged_signatures_of_every_length_are_never_trusted(@ForAll Forgery forgery, @ForAll boolean rsa,
      @ForAll @IntRange(min = 0, max = 700) int length, @ForAll long seed) {
    tally = Tally.of("webhooks/forged-signatures");
    tally.tried();
    Random random = new Random(seed);
    ManualTime time = new ManualTime();
    byte[] body = delivery(UUID.randomUUID().toString(), "\"" + time.instant() + "\"");
    String header = rsa ? Targets.signatureHeaders().get(1) : Targets.signatureHeaders().get(0);
    byte[] genuine = sign(rsa ? RSA.getPrivate() : ED25519.getPrivate(), rsa ? "SHA256withRSA" : "Ed25519", body);
    String value;
    byte[] sent = body;
    switch (forgery) {
      case FLIP_BIT -> {
        byte[] s = genuine.clone();
        int bit = random.nextInt(s.length * 8);
        s[bit / 8] ^= (byte) (1 << (bit % 8));
        value = b64(s);
      }
      case TRUNCATE -> value = b64(Arrays.copyOf(genuine, length % genuine.length));
      case EXTEND_TO_65_BYTES -> value = b64(Arrays.copyOf(genuine, genuine.length + 1));
      case ZERO_PADDED -> value = b64(Arrays.copyOf(genuine, genuine.length + 1 + length % 16));
      case EXTEND -> value = b64(extend(genuine, genuine.length + 1 + length, random));
      case RANDOM_BYTES -> value = b64(randomBytes(length, random));
      case ALL_ZERO -> value = b64(new byte[rsa ? 256 : 64]);
      case GARBAGE_TEXT -> value = garbage(length, random);
      case HUGE_TEXT -> value = "A".repeat(100_000 + length);
      case MUTATED_BODY -> {
        value = b64(genuine);
        sent = body.clone();
        int at = random.nextInt(sent.length);
        sent[at] = (byte) (sent[at] ^ (1 + random.nextInt(255)));
      }
      case SIGNATURE_OF_OTHER_BODY -> value = b64(sign(rsa ? RSA.getPrivate() : ED25519.getPrivate(),
          rsa ? "SHA256withRSA" : "Ed25519", delivery(UUID.randomUUID().toString(), "\"" + time.instant() + "\"")));
      case ED25519_SIGNATURE_IN_RSA_HEADER -> {
        header = Targets.signatureHeaders().get(1);
        value = b64(sign(ED25519.getPrivate(), "Ed25519", body));
      }
      case RSA_SIGNATURE_IN_ED25519_HEADER -> {
        header = Targets.signatureHeaders().get(0);
        value = b64(sign(RSA.getPrivate(), "SHA256withRSA", body));
      }
      default -> throw new IllegalStateException(forgery.name());
    }
    try {
      WebhookVerifier verifier = Targets.webhookVerifier(ED_PEM, RSA_PEM, time).build();
      WebhookVerification verdict = Targets.verify(verifier, sent, Map.of(header, value));
      if (Targets.signatureTrusted(verdict)) {
        tally.accepted(forgery + " rsa=" + rsa + " length=" + length + " seed=" + seed + " -> " + Targets.describe(verdict));
      }
    } catch (RuntimeException e) {
      tally.crash(forgery.name(), e);
    }
  }

  // ------------------------------------------------------------------ timestamps

  @Provide
  Arbitrary<String> badTimestamps() {
    return Arbitraries.oneOf(
        Arbitraries.of("[1,2]", "{}", "\"\"", "\" \"", "[]", "true", "false", "0", "-1", "1e400", "\"N/A\"",
            "\"not a date\"", "\"2026-13-45T00:00:00Z\"", "\"+1000000000-12-31T23:59:59Z\"",
            "\"-999999999-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59.999999999Z\"", "\"1970-01-01T00:00:00Z\"",
            "\"9999-12-31T23:59:59Z\"", "{\"$date\":\"2026-11-27T10:00:00Z\"}", "[\"2026-11-27T10:00:00Z\"]",
            "\"2026-11-27T10:00:00Z\\u0000\"", "\"2026-11-27\"", "\"1764237600\"", "9223372036854775807",
            "-9223372036854775808", "1.5", "\"2026-11-27T10:00:00+99:00\""),
        Arbitraries.strings().ofMaxLength(40).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "x\""),
        Arbitraries.integers().between(1, 3000).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
        // an ISO instant outside the 5-minute window either way
        Arbitraries.longs().between(301, 400_000_000_000L).flatMap(s -> Arbitraries.of(-1, 1)
            .map(sign -> "\"" + new ManualTime().instant().plusSeconds(sign * s) + "\"")));
  }

  @Property(tries = TRIES)
  void malformed_or_stale_signed_timestamps_are_refused(@ForAll("badTimestamps") String timestamp,
      @ForAll boolean withId, @ForAll boolean rsa) {
    tally = Tally.of("webhooks/timestamps");
    tally.tried();
    ManualTime time = new ManualTime();
    byte[] body = delivery(withId ? UUID.randomUUID().toString() : null, timestamp);
    try {
      WebhookVerification verdict = Targets.verify(Targets.webhookVerifier(ED_PEM, RSA_PEM, time).build(), body,
          signed(body, rsa));
      if (Targets.accepted(verdict)) {
        tally.accepted("timestamp " + Tally.shorten(timestamp) + " withId=" + withId + " -> " + Targets.describe(verdict));
      }
    } catch (RuntimeException e) {
      tally.crash("timestamp " + Tally.shorten(timestamp), e);
    }
  }

  // ------------------------------------------------------------------ replays

  @Property(tries = TRIES)
  void replays_and_deliveries_without_timestamp_or_id_are_refused(@ForAll boolean hasId, @ForAll boolean hasTimestamp,
      @ForAll @IntRange(min = 0, max = 86_000) int replayAfterSeconds, @ForAll boolean rsa) {
    tally = Tally.of("webhooks/replays");
    tally.tried();
    ManualTime time = new ManualTime();
    byte[] body = delivery(hasId ? UUID.randomUUID().toString() : null, hasTimestamp ? "\"" + time.instant() + "\"" : null);
    Map<String, String> headers = signed(body, rsa);
    String shape = "id=" + hasId + " timestamp=" + hasTimestamp + " rsa=" + rsa;
    try {
      WebhookVerifier verifier = Targets.webhookVerifier(ED_PEM, RSA_PEM, time).build();
      WebhookVerification first = Targets.verify(verifier, body, headers);
      if (!hasId && !hasTimestamp) {
        if (Targets.accepted(first)) {
          tally.accepted("a delivery without timestamp and id, by default: " + Targets.describe(first));
        }
        return;
      }
      if (!Targets.accepted(first)) {
        tally.crash("a genuine, fresh delivery was refused (" + shape + "): " + first, null);
        return;
      }
      time.advance(Duration.ofSeconds(replayAfterSeconds));
      WebhookVerification replay = Targets.verify(verifier, body, headers);
      boolean allowed = !hasId && replayAfterSeconds <= WebhookVerifier.DEFAULT_TOLERANCE.toSeconds();
      if (Targets.accepted(replay) && !allowed) {
        tally.accepted("replay after " + replayAfterSeconds + " s (" + shape + "): " + Targets.describe(replay));
      }
    } catch (RuntimeException e) {
      tally.crash(shape, e);
    }
  }

  // ------------------------------------------------------------------ header maps

  @Property(tries = TRIES)
  void header_maps_with_null_keys_null_values_and_odd_case_never_throw(@ForAll boolean genuine, @ForAll boolean rsa,
      @ForAll boolean nullKey, @ForAll boolean nullValue, @ForAll boolean upperCase, @ForAll boolean naValue) {
    tally = Tally.of("webhooks/header-maps");
    tally.tried();
    ManualTime time = new ManualTime();
    byte[] body = delivery(UUID.randomUUID().toString(), "\"" + time.instant() + "\"");
    Map<String, String> headers = new HashMap<>();
    String header = Targets.signatureHeaders().get(rsa ? 1 : 0);
    String signature = genuine ? signed(body, rsa).get(header) : b64(new byte[rsa ? 256 : 64]);
    headers.put(upperCase ? header.toUpperCase() : header, signature);
    if (nullKey) {
      headers.put(null, "x");
    }
    if (nullValue) {
      headers.put("x-other", null);
    }
    if (naValue) {
      headers.put(Targets.signatureHeaders().get(rsa ? 0 : 1), "N/A");
    }
    String shape = "genuine=" + genuine + " rsa=" + rsa + " nullKey=" + nullKey + " nullValue=" + nullValue
        + " upper=" + upperCase + " na=" + naValue;
    try {
      WebhookVerification verdict = Targets.verify(Targets.webhookVerifier(ED_PEM, RSA_PEM, time).build(), body, headers);
      if (!genuine && Targets.signatureTrusted(verdict)) {
        tally.accepted(shape + " -> " + Targets.describe(verdict));
      }
      if (genuine && !nullKey && !Targets.accepted(verdict)) {
        tally.crash("a genuine delivery was refused (" + shape + "): " + verdict, null);
      }
    } catch (RuntimeException e) {
      tally.crash(shape, e);
    }
  }

  // ------------------------------------------------------------------ extreme settings

  @Provide
  Arbitrary<Duration> extremeDurations() {
    return Arbitraries.of(Duration.ofNanos(1), Duration.ofMillis(1), Duration.ofSeconds(1), Duration.ofMinutes(5),
        Duration.ofDays(1), Duration.ofDays(365L * 100_000), Duration.ofSeconds(Long.MAX_VALUE),
        Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), Duration.ofSeconds(Long.MAX_VALUE / 2),
        Duration.ofSeconds(31_556_889_864_403_199L), Duration.ZERO, Duration.ofNanos(-1),
        Duration.ofSeconds(Long.MIN_VALUE));
  }

  @Property(tries = TRIES)
  void extreme_tolerance_and_retention_are_refused_at_construction_or_work(
      @ForAll("extremeDurations") Duration tolerance, @ForAll("extremeDurations") Duration retention,
      @ForAll boolean genuine, @ForAll boolean rsa) {
    tally = Tally.of("webhooks/extreme-settings");
    tally.tried();
    ManualTime time = new ManualTime();
    String shape = "tolerance=" + tolerance + " retention=" + retention + " genuine=" + genuine;
    WebhookVerifier verifier;
    try {
      verifier = Targets.retention(Targets.tolerance(Targets.webhookVerifier(ED_PEM, RSA_PEM, time), tolerance),
          retention).build();
    } catch (IllegalArgumentException documented) {
      return;
    } catch (RuntimeException e) {
      tally.crash("building with " + shape, e);
      return;
    }
    byte[] body = delivery(UUID.randomUUID().toString(), "\"" + time.instant() + "\"");
    Map<String, String> headers = genuine ? signed(body, rsa)
        : Map.of(Targets.signatureHeaders().get(rsa ? 1 : 0), b64(new byte[rsa ? 256 : 64]));
    try {
      WebhookVerification first = Targets.verify(verifier, body, headers);
      WebhookVerification replay = Targets.verify(verifier, body, headers);
      if (!genuine && Targets.signatureTrusted(first)) {
        tally.accepted("forged with " + shape + ": " + Targets.describe(first));
      }
      if (Targets.accepted(replay)) {
        tally.accepted("replayed with " + shape + ": " + Targets.describe(replay));
      }
    } catch (RuntimeException e) {
      tally.crash("verifying with " + shape, e);
    }
  }

  // ------------------------------------------------------------------ helpers

  /** An INSTALL delivery; {@code timestampJson} is raw JSON (or null to leave the field out). */
  static byte[] delivery(String webhookId, String timestampJson) {
    StringBuilder b = new StringBuilder("{\"type\":\"INSTALL\",\"appId\":\"app123\",\"locationId\":\"")
        .append(Targets.LOCATION).append("\",\"companyId\":\"comp1\"");
    if (webhookId != null) {
      b.append(",\"webhookId\":\"").append(webhookId).append('"');
    }
    if (timestampJson != null) {
      b.append(",\"timestamp\":").append(timestampJson);
    }
    return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  static Map<String, String> signed(byte[] body, boolean rsa) {
    return rsa
        ? Map.of(Targets.signatureHeaders().get(1), b64(sign(RSA.getPrivate(), "SHA256withRSA", body)))
        : Map.of(Targets.signatureHeaders().get(0), b64(sign(ED25519.getPrivate(), "Ed25519", body)));
  }

  private static byte[] sign(PrivateKey key, String algorithm, byte[] body) {
    try {
      Signature s = Signature.getInstance(algorithm);
      s.initSign(key);
      s.update(body);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] extend(byte[] signature, int length, Random random) {
    byte[] out = Arrays.copyOf(signature, length);
    for (int i = signature.length; i < length; i++) {
      out[i] = (byte) random.nextInt(256);
    }
    return out;
  }

  private static byte[] randomBytes(int length, Random random) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    return b;
  }

  private static String garbage(int length, Random random) {
    StringBuilder b = new StringBuilder();
    String alphabet = "!@#$%^&*()_=[]{}|;:',.<>?`~ \t\u00e9\u2603\ud83d\ude00\ud800\u0000";
    for (int i = 0; i <= length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static KeyPair keyPair(String algorithm, int size) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
      if (size > 0) {
        g.initialize(size);
      }
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(KeyPair pair) {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }
}
