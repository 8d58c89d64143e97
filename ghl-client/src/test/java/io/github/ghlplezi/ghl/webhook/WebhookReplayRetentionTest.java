package io.github.ghlplezi.ghl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Duplicate;
import io.github.ghlplezi.ghl.webhook.WebhookVerification.Verified;
import io.github.ghlplezi.testkit.TestClock;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How long the replay guard remembers a delivery: the documented 24 hours by default, the configured
 * retention otherwise (never less than twice the timestamp tolerance), and which ids a full
 * in-memory store gives up first.
 */
class WebhookReplayRetentionTest {

  private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
  private static SignedDeliveries deliveries;
  private final TestClock clock = TestClock.frozenAt(T0);

  @BeforeAll
  static void generateKey() throws GeneralSecurityException {
    deliveries = new SignedDeliveries("Ed25519");
  }

  private WebhookVerifier.Builder verifier() {
    return deliveries.ed25519Verifier(clock);
  }

  // No timestamp: only the id store stands between a captured delivery and its replay.
  private static WebhookVerification deliver(WebhookVerifier verifier, String webhookId) throws GeneralSecurityException {
    return deliveries.deliver(verifier, "{\"type\":\"UNINSTALL\",\"locationId\":\"loc1\",\"webhookId\":\"" + webhookId + "\"}");
  }

  @Test
  void by_default_a_replay_is_caught_for_24_hours_and_accepted_again_from_then_on() throws Exception {
    WebhookVerifier verifier = verifier().build();
    assertInstanceOf(Verified.class, deliver(verifier, "wh-1"));

    clock.set(T0.plus(Duration.ofHours(1)));
    assertInstanceOf(Duplicate.class, deliver(verifier, "wh-1"));
    clock.set(T0.plus(Duration.ofHours(24).minusMillis(1)));
    assertInstanceOf(Duplicate.class, deliver(verifier, "wh-1"));
    clock.set(T0.plus(Duration.ofHours(24)));
    assertInstanceOf(Verified.class, deliver(verifier, "wh-1"));
  }

  @Test
  void a_configured_retention_of_two_hours_forgets_at_two_hours() throws Exception {
    WebhookVerifier verifier = verifier().webhookIdRetention(Duration.ofHours(2)).build();
    deliver(verifier, "wh-2");

    clock.set(T0.plus(Duration.ofHours(2).minusMillis(1)));
    assertInstanceOf(Duplicate.class, deliver(verifier, "wh-2"));
    clock.set(T0.plus(Duration.ofHours(2)));
    assertInstanceOf(Verified.class, deliver(verifier, "wh-2"));
  }

  @Test
  void a_retention_shorter_than_twice_the_tolerance_is_refused_when_built() {
    WebhookVerifier.Builder builder = verifier().timestampTolerance(Duration.ofMinutes(5))
        .webhookIdRetention(Duration.ofMinutes(1));
    GhlInvalidArgumentException e = assertThrows(GhlInvalidArgumentException.class, builder::build);
    assertEquals("webhookIdRetention", e.parameter());
  }

  @Test
  void a_full_store_drops_the_id_closest_to_expiry_first() {
    InMemoryWebhookIdStore store = new InMemoryWebhookIdStore(clock, 3);
    assertTrue(store.markSeen("late", T0.plus(Duration.ofHours(3))));
    assertTrue(store.markSeen("soon", T0.plus(Duration.ofHours(1))));
    assertTrue(store.markSeen("middle", T0.plus(Duration.ofHours(2))));

    assertTrue(store.markSeen("new", T0.plus(Duration.ofHours(4))));

    assertEquals(3, store.size());
    assertFalse(store.markSeen("late", T0.plus(Duration.ofHours(5))), "the latest expiry is kept");
    assertFalse(store.markSeen("middle", T0.plus(Duration.ofHours(5))), "the next latest is kept");
    assertFalse(store.markSeen("new", T0.plus(Duration.ofHours(5))));
    assertTrue(store.markSeen("soon", T0.plus(Duration.ofHours(5))), "the one closest to expiry was dropped");
  }

  @Test
  void a_full_store_purges_expired_ids_before_dropping_live_ones() {
    InMemoryWebhookIdStore store = new InMemoryWebhookIdStore(clock, 3);
    store.markSeen("expired-1", T0.plus(Duration.ofMinutes(1)));
    store.markSeen("live", T0.plus(Duration.ofHours(1)));
    store.markSeen("expired-2", T0.plus(Duration.ofMinutes(2)));
    clock.set(T0.plus(Duration.ofMinutes(2)));

    assertTrue(store.markSeen("new", T0.plus(Duration.ofHours(2))));

    assertEquals(2, store.size(), "both expired ids went, the live one stayed");
    assertFalse(store.markSeen("live", T0.plus(Duration.ofHours(2))));
  }

  @Test
  void an_id_is_known_until_its_expiry_and_new_at_that_instant() {
    InMemoryWebhookIdStore store = new InMemoryWebhookIdStore(clock, 10);
    store.markSeen("wh", T0.plus(Duration.ofMinutes(10)));
    clock.set(T0.plus(Duration.ofMinutes(10).minusMillis(1)));
    assertFalse(store.markSeen("wh", T0.plus(Duration.ofHours(1))));
    clock.set(T0.plus(Duration.ofMinutes(10)));
    assertTrue(store.markSeen("wh", T0.plus(Duration.ofHours(1))));
  }
}
