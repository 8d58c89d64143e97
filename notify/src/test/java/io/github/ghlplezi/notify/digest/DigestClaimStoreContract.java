package io.github.ghlplezi.notify.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link DigestClaimStore} guarantees. */
abstract class DigestClaimStoreContract {

  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(15);

  abstract DigestClaimStore store();

  private static DigestClaim fresh() {
    return new DigestClaim("r-" + UUID.randomUUID(), DigestWeek.parse("2026-W47"), "email");
  }

  @Test
  void one_owner_wins_and_others_wait_while_the_lease_holds() {
    DigestClaimStore store = store();
    DigestClaim claim = fresh();
    assertEquals(Optional.empty(), store.status(claim));
    assertTrue(store.claim(claim, "a", T0, LEASE));
    assertFalse(store.claim(claim, "b", T0, LEASE));
    assertFalse(store.claim(claim, "a", T0.plus(LEASE).minusMillis(1), LEASE), "not even the owner twice");
    assertEquals(Optional.of(DigestClaim.Status.SENDING), store.status(claim));
  }

  @Test
  void a_claim_left_sending_by_a_dead_owner_is_taken_again_after_its_lease() {
    DigestClaimStore store = store();
    DigestClaim claim = fresh();
    assertTrue(store.claim(claim, "dead", T0, LEASE));
    assertTrue(store.claim(claim, "b", T0.plus(LEASE), LEASE));
    store.markSent(claim, "dead", T0.plus(LEASE).plusSeconds(1));
    assertEquals(Optional.of(DigestClaim.Status.SENDING), store.status(claim), "the old owner no longer marks it");
    store.markSent(claim, "b", T0.plus(LEASE).plusSeconds(2));
    assertEquals(Optional.of(DigestClaim.Status.SENT), store.status(claim));
  }

  @Test
  void a_sent_claim_is_never_taken_again() {
    DigestClaimStore store = store();
    DigestClaim claim = fresh();
    assertTrue(store.claim(claim, "a", T0, LEASE));
    store.markSent(claim, "a", T0);
    assertFalse(store.claim(claim, "b", T0.plus(Duration.ofDays(30)), LEASE));
    assertEquals(Optional.of(DigestClaim.Status.SENT), store.status(claim));
  }

  @Test
  void a_retriable_failure_frees_the_claim_and_a_permanent_one_closes_it() {
    DigestClaimStore store = store();
    DigestClaim retried = fresh();
    assertTrue(store.claim(retried, "a", T0, LEASE));
    store.markFailed(retried, "a", true, T0);
    assertEquals(Optional.of(DigestClaim.Status.FAILED), store.status(retried));
    assertTrue(store.claim(retried, "b", T0.plusSeconds(1), LEASE));

    DigestClaim abandoned = fresh();
    assertTrue(store.claim(abandoned, "a", T0, LEASE));
    store.markFailed(abandoned, "a", false, T0);
    assertFalse(store.claim(abandoned, "b", T0.plus(Duration.ofDays(1)), LEASE));
    assertEquals(Optional.of(DigestClaim.Status.ABANDONED), store.status(abandoned));
  }

  @Test
  void recipient_week_and_sink_are_claimed_independently() {
    DigestClaimStore store = store();
    DigestClaim claim = fresh();
    assertTrue(store.claim(claim, "a", T0, LEASE));
    assertTrue(store.claim(new DigestClaim(claim.recipientId(), claim.week().next(), "email"), "a", T0, LEASE));
    assertTrue(store.claim(new DigestClaim(claim.recipientId(), claim.week(), "webhook"), "a", T0, LEASE));
    assertTrue(store.claim(new DigestClaim(claim.recipientId() + "x", claim.week(), "email"), "a", T0, LEASE));
  }

  @Test
  void of_eight_threads_claiming_at_once_exactly_one_wins_fresh_and_expired_alike() throws Exception {
    DigestClaimStore store = store();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        DigestClaim claim = fresh();
        assertEquals(1, race(pool, store, claim, T0), "a fresh claim");
        assertEquals(1, race(pool, store, claim, T0.plus(LEASE)), "an expired claim");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int race(ExecutorService pool, DigestClaimStore store, DigestClaim claim, Instant now)
      throws Exception {
    CyclicBarrier together = new CyclicBarrier(8);
    List<Callable<Boolean>> tries = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      String owner = "owner-" + t + "-" + now;
      tries.add(() -> {
        together.await();
        return store.claim(claim, owner, now, LEASE);
      });
    }
    int won = 0;
    for (Future<Boolean> result : pool.invokeAll(tries)) {
      won += result.get() ? 1 : 0;
    }
    return won;
  }
}
