package io.github.ghlplezi.ghl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Reason;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Rejected;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Verified;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deliveries at the edges: the last accepted second of the window, bodies that are not events, and bad settings. */
class WebhookDeliveryEdgesTest {

  private static final Instant NOW = Instant.parse("2026-11-27T14:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static SignedDeliveries ed25519;
  private static SignedDeliveries rsa;

  @BeforeAll
  static void keys() throws GeneralSecurityException {
    ed25519 = new SignedDeliveries("Ed25519");
    rsa = new SignedDeliveries("RSA");
  }

  private static String at(Instant timestamp) {
    return "{\"type\":\"INSTALL\",\"locationId\":\"loc1\",\"timestamp\":\"" + timestamp + "\"}";
  }

  private static Reason rejection(WebhookVerification outcome) {
    return assertInstanceOf(Rejected.class, outcome).reason();
  }

  @Test
  void a_timestamp_exactly_the_tolerance_away_is_accepted_either_way_and_one_millisecond_more_is_not()
      throws GeneralSecurityException {
    WebhookVerifier verifier = ed25519.ed25519Verifier(CLOCK).timestampTolerance(Duration.ofMinutes(2)).build();
    Duration tolerance = Duration.ofMinutes(2);

    assertInstanceOf(Verified.class, ed25519.deliver(verifier, at(NOW.minus(tolerance))));
    assertInstanceOf(Verified.class, ed25519.deliver(verifier, at(NOW.plus(tolerance))));
    assertEquals(Reason.STALE_TIMESTAMP, rejection(ed25519.deliver(verifier, at(NOW.minus(tolerance).minusMillis(1)))));
    assertEquals(Reason.STALE_TIMESTAMP, rejection(ed25519.deliver(verifier, at(NOW.plus(tolerance).plusMillis(1)))));
  }

  @Test
  void a_correctly_signed_body_that_is_not_a_json_event_is_rejected_as_malformed() throws GeneralSecurityException {
    WebhookVerifier verifier = ed25519.ed25519Verifier(CLOCK).build();

    assertEquals(Reason.MALFORMED_BODY, rejection(ed25519.deliver(verifier, "{not json")));
    assertEquals(Reason.MALFORMED_BODY, rejection(ed25519.deliver(verifier, "[1, 2]")));
    // a timestamp that is present but not a date is refused for what it is
    assertEquals(Reason.MALFORMED_TIMESTAMP,
        rejection(ed25519.deliver(verifier, "{\"type\":\"INSTALL\",\"timestamp\":\"yesterday\"}")));
  }

  @Test
  void a_delivery_signed_for_a_scheme_without_a_key_is_told_which_header_it_used() throws GeneralSecurityException {
    byte[] body = at(NOW).getBytes(StandardCharsets.UTF_8);
    WebhookVerifier edOnly = ed25519.ed25519Verifier(CLOCK).build();
    WebhookVerifier rsaOnly = WebhookVerifier.builder().rsaPublicKeyPem(rsa.publicKeyPem()).clock(CLOCK).build();

    Rejected legacy = assertInstanceOf(Rejected.class,
        edOnly.verify(body, Map.of(WebhookVerifier.RSA_HEADER, rsa.sign("SHA256withRSA", body))));
    Rejected current = assertInstanceOf(Rejected.class,
        rsaOnly.verify(body, Map.of(WebhookVerifier.ED25519_HEADER, ed25519.sign("Ed25519", body))));

    assertEquals(Reason.NO_KEY_FOR_SIGNATURE, legacy.reason());
    assertTrue(legacy.detail().contains(WebhookVerifier.RSA_HEADER), legacy.detail());
    assertEquals(Reason.NO_KEY_FOR_SIGNATURE, current.reason());
    assertTrue(current.detail().contains(WebhookVerifier.ED25519_HEADER), current.detail());
  }

  @Test
  void each_scheme_names_the_header_that_carries_it() {
    assertEquals(WebhookVerifier.ED25519_HEADER, SignatureScheme.ED25519.header());
    assertEquals(WebhookVerifier.RSA_HEADER, SignatureScheme.RSA_SHA256.header());
  }

  @Test
  void a_tolerance_or_retention_that_is_missing_zero_negative_or_below_a_second_is_refused_naming_the_setting() {
    WebhookVerifier.Builder builder = ed25519.ed25519Verifier(CLOCK);
    for (Duration bad : new Duration[] {null, Duration.ZERO, Duration.ofSeconds(-1), Duration.ofMillis(999)}) {
      assertEquals("timestampTolerance",
          assertThrows(GhlInvalidArgumentException.class, () -> builder.timestampTolerance(bad)).parameter());
      assertEquals("webhookIdRetention",
          assertThrows(GhlInvalidArgumentException.class, () -> builder.webhookIdRetention(bad)).parameter());
    }
    assertEquals(builder, builder.timestampTolerance(Duration.ofSeconds(1)));
    assertEquals(builder, builder.webhookIdRetention(Duration.ofSeconds(2)));
  }

  @Test
  void an_in_memory_store_needs_room_for_at_least_one_id() {
    assertThrows(IllegalArgumentException.class, () -> new InMemoryWebhookIdStore(CLOCK, 0));
    InMemoryWebhookIdStore one = new InMemoryWebhookIdStore(CLOCK, 1);
    assertTrue(one.markSeen("a", NOW.plusSeconds(60)));
    assertTrue(one.markSeen("b", NOW.plusSeconds(60)));
    assertEquals(1, one.size());
  }

  @Test
  void the_description_says_which_keys_are_configured_and_shows_no_key_material() {
    String text = ed25519.ed25519Verifier(CLOCK).build().toString();

    assertTrue(text.contains("ed25519=true") && text.contains("rsa=false"), text);
    assertTrue(!text.contains(ed25519.publicKeyPem().lines().skip(1).findFirst().orElseThrow()), text);
  }
}
