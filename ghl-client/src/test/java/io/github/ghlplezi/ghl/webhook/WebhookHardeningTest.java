package io.github.ghlplezi.ghl.webhook;

import static io.github.ghlplezi.ghl.webhook.WebhookVerifierTest.pem;
import static io.github.ghlplezi.ghl.webhook.WebhookVerifierTest.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Duplicate;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Reason;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Rejected;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Verified;
import io.github.ghlplezi.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile signatures, replay fields, header maps and settings (issue 16, item 9). */
class WebhookHardeningTest {

  static final Instant NOW = Instant.parse("2026-11-27T14:35:00Z");
  static KeyPair ed;
  static KeyPair rsa;

  @BeforeAll
  static void keys() throws Exception {
    ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPairGenerator rsaGen = KeyPairGenerator.getInstance("RSA");
    rsaGen.initialize(2048);
    rsa = rsaGen.generateKeyPair();
  }

  static WebhookVerifier.Builder builder(Clock clock) {
    return WebhookVerifier.builder().ed25519PublicKeyPem(pem(ed)).rsaPublicKeyPem(pem(rsa)).clock(clock);
  }

  static WebhookVerifier verifier() {
    return builder(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Map<String, String> edSigned(byte[] body) throws Exception {
    return Map.of("x-ghl-signature", sign("Ed25519", ed.getPrivate(), body));
  }

  static Reason reason(WebhookVerification result) {
    return assertInstanceOf(Rejected.class, result).reason();
  }

  static byte[] delivery(String fields) {
    return utf8("{\"type\":\"ContactCreate\",\"locationId\":\"loc1\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
  }

  @Test
  void refuses_an_ed25519_signature_with_a_65th_byte_appended() throws Exception {
    byte[] body = delivery("\"webhookId\":\"wh-1\"");
    byte[] valid = Base64.getDecoder().decode(sign("Ed25519", ed.getPrivate(), body));
    byte[] longer = Arrays.copyOf(valid, 65);

    WebhookVerification result = verifier().verify(body,
        Map.of("x-ghl-signature", Base64.getEncoder().encodeToString(longer)));

    assertEquals(Reason.MALFORMED_SIGNATURE, reason(result));
  }

  @Test
  void refuses_signatures_of_the_wrong_length_or_not_canonical_base64() throws Exception {
    byte[] body = delivery("\"webhookId\":\"wh-2\"");
    String valid = sign("Ed25519", ed.getPrivate(), body);
    byte[] raw = Base64.getDecoder().decode(valid);
    List<String> malformed = List.of(
        Base64.getEncoder().encodeToString(Arrays.copyOf(raw, 63)),
        Base64.getEncoder().withoutPadding().encodeToString(raw),
        // the URL-safe alphabet ('-' and '_'): placed by hand, as a random signature may contain neither
        valid.substring(0, 10) + "-" + valid.substring(11),
        valid.substring(0, 10) + "_" + valid.substring(11),
        valid.substring(0, 40) + "\n" + valid.substring(40),
        valid.substring(0, valid.length() - 3) + "B==",
        "A".repeat(100_000));
    for (String signature : malformed) {
      assertEquals(Reason.MALFORMED_SIGNATURE, reason(verifier().verify(body, Map.of("x-ghl-signature", signature))),
          signature.length() > 100 ? "long" : signature);
    }
    byte[] rsaRaw = Base64.getDecoder().decode(sign("SHA256withRSA", rsa.getPrivate(), body));
    String rsaLonger = Base64.getEncoder().encodeToString(Arrays.copyOf(rsaRaw, rsaRaw.length + 1));
    assertEquals(Reason.MALFORMED_SIGNATURE, reason(verifier().verify(body, Map.of("x-wh-signature", rsaLonger))));
    assertInstanceOf(Verified.class, verifier().verify(body, Map.of("x-ghl-signature", valid)));
  }

  @Test
  void refuses_a_delivery_without_timestamp_and_webhook_id_unless_unsafely_allowed() throws Exception {
    byte[] body = delivery("");
    Map<String, String> headers = edSigned(body);

    assertEquals(Reason.MISSING_REPLAY_PROTECTION, reason(verifier().verify(body, headers)));

    WebhookVerifier unsafe = builder(Clock.fixed(NOW, ZoneOffset.UTC))
        .unsafeAllowDeliveriesWithoutTimestampOrId(true).build();
    assertInstanceOf(Verified.class, unsafe.verify(body, headers));
    assertInstanceOf(Verified.class, unsafe.verify(body, headers));
  }

  @Test
  void a_timestamp_alone_or_a_webhook_id_alone_is_enough_replay_protection() throws Exception {
    byte[] timestamped = delivery("\"timestamp\":\"" + NOW + "\"");
    byte[] identified = delivery("\"webhookId\":\"wh-3\"");
    assertInstanceOf(Verified.class, verifier().verify(timestamped, edSigned(timestamped)));
    WebhookVerifier verifier = verifier();
    assertInstanceOf(Verified.class, verifier.verify(identified, edSigned(identified)));
    assertInstanceOf(Duplicate.class, verifier.verify(identified, edSigned(identified)));
  }

  @Test
  void a_present_but_malformed_timestamp_is_refused_not_treated_as_absent() throws Exception {
    for (String timestamp : List.of("[1,2]", "{}", "\"\"", "\" \"", "1764254100", "true", "\"yesterday\"",
        "\"2026-13-45T00:00:00Z\"", "\"+1000000001-01-01T00:00:00Z\"")) {
      byte[] body = delivery("\"webhookId\":\"wh-ts\",\"timestamp\":" + timestamp);
      Rejected rejected = assertInstanceOf(Rejected.class, verifier().verify(body, edSigned(body)), timestamp);
      assertEquals(Reason.MALFORMED_TIMESTAMP, rejected.reason(), timestamp);
      assertTrue(rejected.detail().startsWith("timestamp "), rejected.detail());
    }
    byte[] nullTimestamp = delivery("\"webhookId\":\"wh-null\",\"timestamp\":null");
    assertInstanceOf(Verified.class, verifier().verify(nullTimestamp, edSigned(nullTimestamp)));
  }

  @Test
  void a_present_but_malformed_webhook_id_is_refused() throws Exception {
    for (String id : List.of("{}", "[\"a\"]", "\"\"", "42", "\"" + "x".repeat(WebhookVerifier.MAX_WEBHOOK_ID_LENGTH + 1) + "\"")) {
      byte[] body = delivery("\"timestamp\":\"" + NOW + "\",\"webhookId\":" + id);
      assertEquals(Reason.MALFORMED_BODY, reason(verifier().verify(body, edSigned(body))), id);
    }
  }

  @Test
  void a_header_map_with_a_null_key_or_null_value_is_read_without_throwing() throws Exception {
    byte[] body = delivery("\"webhookId\":\"wh-4\"");
    Map<String, String> headers = new HashMap<>(edSigned(body));
    headers.put(null, "x");
    headers.put("x-wh-signature", null);

    assertInstanceOf(Verified.class, verifier().verify(body, headers));
  }

  @Test
  void the_same_signature_header_twice_with_different_values_is_refused() throws Exception {
    byte[] body = delivery("\"webhookId\":\"wh-5\"");
    Map<String, String> headers = new HashMap<>(edSigned(body));
    headers.put("X-GHL-Signature", Base64.getEncoder().encodeToString(new byte[64]));

    assertEquals(Reason.MALFORMED_SIGNATURE, reason(verifier().verify(body, headers)));
  }

  @Test
  void hostile_bodies_with_a_valid_signature_are_refused_without_throwing() throws Exception {
    List<byte[]> bodies = List.of(
        new byte[0],
        utf8("[" .repeat(200_000)),
        utf8("{\"a\":" .repeat(50_000)),
        new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'},
        utf8("{\"timestamp\":1e999999999,\"webhookId\":\"x\"}"),
        utf8("null"),
        utf8("{\"webhookId\":\"a\"} trailing"));
    for (byte[] body : bodies) {
      WebhookVerification result = verifier().verify(body, edSigned(body));
      assertFalse(result instanceof Verified, new String(body, 0, Math.min(body.length, 40), StandardCharsets.UTF_8));
    }
  }

  @Test
  void settings_out_of_range_fail_at_construction_naming_the_setting() {
    Duration overflow = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
    for (Duration bad : Arrays.asList(null, Duration.ZERO, Duration.ofSeconds(-1), Duration.ofMillis(999),
        overflow, Duration.ofHours(25))) {
      GhlInvalidArgumentException e = assertThrows(GhlInvalidArgumentException.class,
          () -> WebhookVerifier.builder().timestampTolerance(bad));
      assertEquals("timestampTolerance", e.parameter());
    }
    for (Duration bad : Arrays.asList(null, Duration.ZERO, Duration.ofSeconds(-1), overflow, Duration.ofDays(367))) {
      GhlInvalidArgumentException e = assertThrows(GhlInvalidArgumentException.class,
          () -> WebhookVerifier.builder().webhookIdRetention(bad));
      assertEquals("webhookIdRetention", e.parameter());
    }
    GhlInvalidArgumentException e = assertThrows(GhlInvalidArgumentException.class,
        () -> builder(Clock.systemUTC()).timestampTolerance(Duration.ofMinutes(10))
            .webhookIdRetention(Duration.ofMinutes(15)).build());
    assertEquals("webhookIdRetention", e.parameter());
  }

  @Test
  void the_largest_settings_and_a_clock_at_the_end_of_time_verify_without_overflow() throws Exception {
    Instant end = Instant.MAX.minusSeconds(60);
    WebhookVerifier verifier = builder(Clock.fixed(end, ZoneOffset.UTC))
        .timestampTolerance(WebhookVerifier.MAX_TOLERANCE)
        .webhookIdRetention(WebhookVerifier.MAX_ID_RETENTION)
        .build();
    byte[] body = delivery("\"webhookId\":\"wh-end\",\"timestamp\":\"" + end + "\"");

    assertInstanceOf(Verified.class, verifier.verify(body, edSigned(body)));
    assertInstanceOf(Duplicate.class, verifier.verify(body, edSigned(body)));
  }

  @Test
  void an_accepted_id_is_remembered_for_the_retention_and_forgotten_after_it() throws Exception {
    TestClock clock = TestClock.frozenAt(NOW);
    WebhookVerifier verifier = builder(clock).webhookIdRetention(Duration.ofHours(1)).build();
    byte[] body = delivery("\"webhookId\":\"wh-6\"");
    Map<String, String> headers = edSigned(body);
    Consumer<Duration> at = d -> clock.set(NOW.plus(d));

    assertInstanceOf(Verified.class, verifier.verify(body, headers));
    at.accept(Duration.ofMinutes(59));
    assertInstanceOf(Duplicate.class, verifier.verify(body, headers));
    at.accept(Duration.ofMinutes(61));
    assertInstanceOf(Verified.class, verifier.verify(body, headers));
  }

  @Test
  void a_full_in_memory_store_drops_expired_ids_first_then_the_one_closest_to_expiry() {
    TestClock clock = TestClock.frozenAt(NOW);
    InMemoryWebhookIdStore store = new InMemoryWebhookIdStore(clock, 3);
    assertTrue(store.markSeen("late", NOW.plusSeconds(300)));
    assertTrue(store.markSeen("soon", NOW.plusSeconds(100)));
    assertTrue(store.markSeen("expiring", NOW.plusSeconds(10)));
    clock.set(NOW.plusSeconds(20));

    assertTrue(store.markSeen("new-1", NOW.plusSeconds(320)));
    assertEquals(3, store.size());
    assertFalse(store.markSeen("soon", NOW.plusSeconds(320)));
    assertTrue(store.markSeen("new-2", NOW.plusSeconds(320)));
    assertFalse(store.markSeen("late", NOW.plusSeconds(320)));
    assertFalse(store.markSeen("new-1", NOW.plusSeconds(320)));
    assertTrue(store.markSeen("soon", NOW.plusSeconds(320)), "soon was evicted first: closest to expiry");
  }
}
