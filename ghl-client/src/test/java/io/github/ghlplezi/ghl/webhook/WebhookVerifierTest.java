package io.github.ghlplezi.ghl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import io.github.ghlplezi.ghl.support.SpecFiles;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Duplicate;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Reason;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Rejected;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Verified;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

  static KeyPair ed;
  static KeyPair rsa;
  static KeyPair otherEd;
  static final Instant NOW = Instant.parse("2026-11-27T14:35:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @BeforeAll
  static void keys() throws Exception {
    ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    otherEd = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPairGenerator rsaGen = KeyPairGenerator.getInstance("RSA");
    rsaGen.initialize(2048);
    rsa = rsaGen.generateKeyPair();
  }

  static String pem(KeyPair pair) {
    String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
  }

  static String sign(String algorithm, PrivateKey key, byte[] body) throws Exception {
    Signature s = Signature.getInstance(algorithm);
    s.initSign(key);
    s.update(body);
    return Base64.getEncoder().encodeToString(s.sign());
  }

  static byte[] install(String webhookId, Instant timestamp) {
    return ("{\n  \"type\": \"INSTALL\", \"appId\": \"app1\", \"companyId\": \"co1\", \"locationId\": \"loc1\",\n"
        + "  \"userId\": \"u1\", \"planId\": \"plan1\", \"trial\": {\"onTrial\": true, \"trialDuration\": 7},\n"
        + "  \"isWhitelabelCompany\": false, \"companyName\": \"Agency\", \"versionId\": \"v1\", \"installType\": \"Location\",\n"
        + "  \"timestamp\": \"" + timestamp + "\", \"webhookId\": \"" + webhookId + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  static WebhookVerifier both() {
    return WebhookVerifier.builder().ed25519PublicKeyPem(pem(ed)).rsaPublicKeyPem(pem(rsa)).clock(CLOCK).build();
  }

  @Test
  void accepts_an_ed25519_signed_install_and_types_it() throws Exception {
    byte[] body = install("wh-1", NOW.minusSeconds(30));
    WebhookVerification result = both().verify(body, Map.of("X-GHL-Signature", sign("Ed25519", ed.getPrivate(), body)));

    Verified verified = assertInstanceOf(Verified.class, result);
    assertEquals(SignatureScheme.ED25519, verified.scheme());
    AppInstallEvent event = assertInstanceOf(AppInstallEvent.class, verified.event());
    assertEquals("loc1", event.locationId().orElseThrow());
    assertEquals("co1", event.companyId().orElseThrow());
    assertEquals(true, event.onTrial().orElseThrow());
    assertEquals("wh-1", event.webhookId().orElseThrow());
    assertEquals(NOW.minusSeconds(30), event.timestamp().orElseThrow());
  }

  @Test
  void accepts_a_legacy_rsa_sha256_signature_when_no_ed25519_header_is_sent() throws Exception {
    byte[] body = "{\"type\":\"UNINSTALL\",\"appId\":\"app1\",\"locationId\":\"loc1\",\"webhookId\":\"wh-u1\"}".getBytes(StandardCharsets.UTF_8);
    WebhookVerification result = both().verify(body, Map.of("x-wh-signature", sign("SHA256withRSA", rsa.getPrivate(), body),
        "x-ghl-signature", "N/A"));

    Verified verified = assertInstanceOf(Verified.class, result);
    assertEquals(SignatureScheme.RSA_SHA256, verified.scheme());
    AppUninstallEvent event = assertInstanceOf(AppUninstallEvent.class, verified.event());
    assertEquals("loc1", event.locationId().orElseThrow());
  }

  @Test
  void prefers_ed25519_and_does_not_fall_back_to_a_valid_rsa_signature() throws Exception {
    byte[] body = install("wh-2", NOW);
    Map<String, String> headers = Map.of(
        "x-ghl-signature", sign("Ed25519", otherEd.getPrivate(), body),
        "x-wh-signature", sign("SHA256withRSA", rsa.getPrivate(), body));

    Rejected rejected = assertInstanceOf(Rejected.class, both().verify(body, headers));
    assertEquals(Reason.BAD_SIGNATURE, rejected.reason());
  }

  @Test
  void verifies_the_raw_bytes_so_re_serialised_json_fails() throws Exception {
    byte[] body = install("wh-3", NOW);
    String signature = sign("Ed25519", ed.getPrivate(), body);
    byte[] compacted = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(body));

    assertInstanceOf(Verified.class, both().verify(body, Map.of("x-ghl-signature", signature)));
    Rejected rejected = assertInstanceOf(Rejected.class, both().verify(compacted, Map.of("x-ghl-signature", signature)));
    assertEquals(Reason.BAD_SIGNATURE, rejected.reason());
  }

  @Test
  void rejects_tampered_bodies_and_garbage_signatures() throws Exception {
    byte[] body = install("wh-4", NOW);
    String signature = sign("Ed25519", ed.getPrivate(), body);
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("loc1", "loc2").getBytes(StandardCharsets.UTF_8);

    assertEquals(Reason.BAD_SIGNATURE, ((Rejected) both().verify(tampered, Map.of("x-ghl-signature", signature))).reason());
    assertEquals(Reason.MALFORMED_SIGNATURE, ((Rejected) both().verify(body, Map.of("x-ghl-signature", "%%%not-base64"))).reason());
  }

  @Test
  void rejects_unsigned_deliveries_and_signatures_without_a_configured_key() throws Exception {
    byte[] body = install("wh-5", NOW);
    assertEquals(Reason.MISSING_SIGNATURE, ((Rejected) both().verify(body, Map.of())).reason());
    assertEquals(Reason.MISSING_SIGNATURE, ((Rejected) both().verify(body, Map.of("x-ghl-signature", "N/A", "x-wh-signature", " "))).reason());

    WebhookVerifier rsaOnly = WebhookVerifier.builder().rsaPublicKeyPem(pem(rsa)).clock(CLOCK).build();
    assertEquals(Reason.NO_KEY_FOR_SIGNATURE,
        ((Rejected) rsaOnly.verify(body, Map.of("x-ghl-signature", sign("Ed25519", ed.getPrivate(), body)))).reason());
  }

  @Test
  void refuses_to_build_without_any_public_key() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> WebhookVerifier.builder().build());
    assertTrue(e.getMessage().contains("No webhook public key configured"));
  }

  @Test
  void rejects_keys_that_are_not_pem_public_keys() {
    GhlInvalidArgumentException e = assertThrows(GhlInvalidArgumentException.class,
        () -> WebhookVerifier.builder().ed25519PublicKeyPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
    assertEquals("ed25519PublicKeyPem", e.parameter());
    assertThrows(GhlInvalidArgumentException.class, () -> WebhookVerifier.builder().rsaPublicKeyPem(pem(ed)));
  }

  @Test
  void rejects_timestamps_outside_the_window_and_repeated_webhook_ids() throws Exception {
    WebhookVerifier verifier = both();
    byte[] old = install("wh-6", NOW.minus(Duration.ofMinutes(6)));
    assertEquals(Reason.STALE_TIMESTAMP, ((Rejected) verifier.verify(old, Map.of("x-ghl-signature", sign("Ed25519", ed.getPrivate(), old)))).reason());
    byte[] future = install("wh-7", NOW.plus(Duration.ofMinutes(6)));
    assertEquals(Reason.STALE_TIMESTAMP, ((Rejected) verifier.verify(future, Map.of("x-ghl-signature", sign("Ed25519", ed.getPrivate(), future)))).reason());

    byte[] body = install("wh-8", NOW.minusSeconds(10));
    Map<String, String> headers = Map.of("x-ghl-signature", sign("Ed25519", ed.getPrivate(), body));
    assertInstanceOf(Verified.class, verifier.verify(body, headers));
    Duplicate duplicate = assertInstanceOf(Duplicate.class, verifier.verify(body, headers));
    assertEquals("wh-8", duplicate.event().webhookId().orElseThrow());
  }

  @Test
  void a_shared_webhook_id_store_deduplicates_across_verifier_instances() throws Exception {
    Map<String, Instant> table = new HashMap<>();
    WebhookIdStore shared = (id, forgetAfter) -> {
      synchronized (table) {
        return table.putIfAbsent(id, forgetAfter) == null;
      }
    };
    byte[] body = install("wh-9", NOW);
    Map<String, String> headers = Map.of("x-ghl-signature", sign("Ed25519", ed.getPrivate(), body));
    WebhookVerifier a = WebhookVerifier.builder().ed25519PublicKeyPem(pem(ed)).clock(CLOCK).webhookIdStore(shared).build();
    WebhookVerifier b = WebhookVerifier.builder().ed25519PublicKeyPem(pem(ed)).clock(CLOCK).webhookIdStore(shared).build();

    assertInstanceOf(Verified.class, a.verify(body, headers));
    assertInstanceOf(Duplicate.class, b.verify(body, headers));
  }

  @Test
  void generic_events_keep_their_payload_and_wrong_apps_are_rejected() throws Exception {
    byte[] body = "{\"type\":\"ContactCreate\",\"appId\":\"app1\",\"locationId\":\"loc1\",\"id\":\"c1\",\"email\":\"a@b.c\",\"webhookId\":\"wh-g1\"}"
        .getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = Map.of("x-ghl-signature", sign("Ed25519", ed.getPrivate(), body));

    GenericWebhookEvent event = assertInstanceOf(GenericWebhookEvent.class, ((Verified) both().verify(body, headers)).event());
    assertEquals("ContactCreate", event.type());
    assertEquals("a@b.c", event.payload().get("email").asText());

    WebhookVerifier forOtherApp = WebhookVerifier.builder().ed25519PublicKeyPem(pem(ed)).clock(CLOCK).expectedAppId("app2").build();
    assertEquals(Reason.WRONG_APP, ((Rejected) forOtherApp.verify(body, headers)).reason());

    WebhookVerifier strict = WebhookVerifier.builder().ed25519PublicKeyPem(pem(ed)).clock(CLOCK).requireTimestamp(true).build();
    assertEquals(Reason.STALE_TIMESTAMP, ((Rejected) strict.verify(body, headers)).reason());
  }

  @Test
  void in_memory_store_forgets_expired_ids_and_stays_bounded() {
    InMemoryWebhookIdStore store = new InMemoryWebhookIdStore(CLOCK, 2);
    assertTrue(store.markSeen("a", NOW.plusSeconds(60)));
    assertTrue(!store.markSeen("a", NOW.plusSeconds(60)));
    assertTrue(store.markSeen("b", NOW.minusSeconds(1)));
    assertTrue(store.markSeen("b", NOW.plusSeconds(60)));
    assertTrue(store.markSeen("c", NOW.plusSeconds(120)));
    assertEquals(2, store.size());
  }

  @Test
  void loads_highlevels_published_pem_keys() throws Exception {
    var dir = SpecFiles.requireDir();
    String rsaPem = Files.readString(dir.resolve("keys/webhook-rsa-public-key.pem"));
    String edPem = Files.readString(dir.resolve("keys/webhook-ed25519-public-key.UNCONFIRMED.pem"));
    WebhookVerifier verifier = WebhookVerifier.builder().rsaPublicKeyPem(rsaPem).ed25519PublicKeyPem(edPem).build();
    byte[] body = install("wh-10", Instant.now());
    // our own key cannot produce a signature HighLevel's key accepts
    assertEquals(Reason.BAD_SIGNATURE, ((Rejected) verifier.verify(body, Map.of("x-ghl-signature", sign("Ed25519", ed.getPrivate(), body)))).reason());
  }
}
