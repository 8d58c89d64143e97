package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link TokenStore} must have. */
abstract class TokenStoreContract {
  static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  abstract TokenStore store();

  static String newId() {
    return "loc-" + UUID.randomUUID();
  }

  @Test
  void finds_nothing_for_an_unknown_id() {
    assertTrue(store().find(newId()).isEmpty());
  }

  @Test
  void inserts_at_version_1_and_round_trips_every_field() {
    StoredToken t = Tokens.oauth(newId(), NOW, Duration.ofHours(24));
    StoredToken stored = store().compareAndSet(0, t).orElseThrow();
    assertEquals(1, stored.version());
    StoredToken read = store().find(t.id()).orElseThrow();
    assertEquals(t.accessToken(), read.accessToken());
    assertEquals(t.refreshToken(), read.refreshToken());
    assertEquals(t.accessExpiresAt().toEpochMilli(), read.accessExpiresAt().toEpochMilli());
    assertEquals(t.scopes(), read.scopes());
    assertEquals(t.userType(), read.userType());
    assertEquals(1, read.version());
  }

  @Test
  void round_trips_a_static_token_with_no_expiry_and_no_refresh_token() {
    StoredToken pit = StoredToken.privateIntegrationToken(newId(), Tokens.random("pit"), NOW);
    store().compareAndSet(0, pit).orElseThrow();
    StoredToken read = store().find(pit.id()).orElseThrow();
    assertTrue(read.isStatic());
    assertEquals(pit.accessToken(), read.accessToken());
  }

  @Test
  void refuses_a_write_based_on_a_stale_version() {
    StoredToken t = Tokens.oauth(newId(), NOW, Duration.ofHours(24));
    store().compareAndSet(0, t).orElseThrow();
    assertTrue(store().compareAndSet(0, t).isEmpty(), "second insert must lose");
    StoredToken v2 = store().compareAndSet(1, Tokens.oauth(t.id(), NOW, Duration.ofHours(24))).orElseThrow();
    assertEquals(2, v2.version());
    assertTrue(store().compareAndSet(1, Tokens.oauth(t.id(), NOW, Duration.ofHours(24))).isEmpty());
    assertEquals(v2.accessToken(), store().find(t.id()).orElseThrow().accessToken());
  }

  @Test
  void lets_exactly_one_of_many_concurrent_writers_win_a_version() throws Exception {
    StoredToken t = Tokens.oauth(newId(), NOW, Duration.ofHours(24));
    store().compareAndSet(0, t).orElseThrow();
    AtomicInteger wins = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    try {
      CompletableFuture<?>[] all = new CompletableFuture<?>[8];
      for (int i = 0; i < all.length; i++) {
        all[i] = CompletableFuture.runAsync(() -> {
          await(go);
          if (store().compareAndSet(1, Tokens.oauth(t.id(), NOW, Duration.ofHours(1))).isPresent()) {
            wins.incrementAndGet();
          }
        }, pool);
      }
      go.countDown();
      CompletableFuture.allOf(all).get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, wins.get());
    assertEquals(2, store().find(t.id()).orElseThrow().version());
  }

  @Test
  void deletes_a_row() {
    StoredToken t = Tokens.oauth(newId(), NOW, Duration.ofHours(24));
    store().compareAndSet(0, t).orElseThrow();
    assertTrue(store().delete(t.id()));
    assertFalse(store().delete(t.id()));
    assertTrue(store().find(t.id()).isEmpty());
  }

  @Test
  void commits_under_the_refresh_lock_and_an_uncommitted_lock_changes_nothing() {
    StoredToken t = Tokens.oauth(newId(), NOW, Duration.ofHours(24));
    store().compareAndSet(0, t).orElseThrow();
    try (TokenStore.RefreshLock lock = store().lockForRefresh(t.id(), Duration.ofSeconds(5))) {
      assertEquals(1, lock.current().orElseThrow().version());
    }
    assertEquals(1, store().find(t.id()).orElseThrow().version());
    StoredToken next = Tokens.oauth(t.id(), NOW, Duration.ofHours(24));
    try (TokenStore.RefreshLock lock = store().lockForRefresh(t.id(), Duration.ofSeconds(5))) {
      assertEquals(2, lock.commit(1, next).version());
    }
    StoredToken read = store().find(t.id()).orElseThrow();
    assertEquals(2, read.version());
    assertEquals(next.refreshToken(), read.refreshToken());
  }

  @Test
  void refresh_lock_on_an_absent_row_allows_the_first_insert() {
    String id = newId();
    try (TokenStore.RefreshLock lock = store().lockForRefresh(id, Duration.ofSeconds(5))) {
      assertTrue(lock.current().isEmpty());
      lock.commit(0, Tokens.oauth(id, NOW, Duration.ofHours(1)));
    }
    assertEquals(1, store().find(id).orElseThrow().version());
  }

  @Test
  void refresh_lock_excludes_a_second_holder_until_released() throws Exception {
    String id = newId();
    store().compareAndSet(0, Tokens.oauth(id, NOW, Duration.ofHours(24))).orElseThrow();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try (TokenStore.RefreshLock lock = store().lockForRefresh(id, Duration.ofSeconds(5))) {
      Optional<Throwable> failure = other.submit(() -> {
        try (TokenStore.RefreshLock second = store().lockForRefresh(id, Duration.ofMillis(300))) {
          return Optional.<Throwable>empty();
        } catch (TokenStoreException e) {
          return Optional.<Throwable>of(e);
        }
      }).get(30, TimeUnit.SECONDS);
      assertTrue(failure.isPresent(), "a second holder must time out while the first holds the lock");
    }
    Boolean obtained = other.submit(() -> {
      try (TokenStore.RefreshLock second = store().lockForRefresh(id, Duration.ofSeconds(5))) {
        return true;
      }
    }).get(30, TimeUnit.SECONDS);
    assertTrue(obtained);
    other.shutdownNow();
  }

  @Test
  void stored_token_to_string_shows_no_secret() {
    StoredToken t = Tokens.oauth(newId(), NOW, Duration.ofHours(24));
    String text = store().compareAndSet(0, t).orElseThrow().toString() + store().find(t.id()).orElseThrow();
    assertFalse(text.contains(t.accessToken()));
    assertFalse(text.contains(t.refreshToken()));
    assertThrows(IllegalArgumentException.class, () -> new StoredToken(" ", UserType.LOCATION, "a", null, null, null, 0, NOW));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
