package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ManagedTokenSourceTest {
  private static final String LOC = "loc-1";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
  private final RotatingAuthServer server = new RotatingAuthServer();
  private final InMemoryTokenStore store = new InMemoryTokenStore(clock);
  private final List<ReauthorizationRequired> events = new CopyOnWriteArrayList<>();

  private ManagedTokenSource source() {
    return ManagedTokenSource.builder().store(store).refresher(server).clock(clock)
        .refreshMargin(Duration.ofMinutes(5)).listener(events::add).build();
  }

  private StoredToken installed(ManagedTokenSource source) {
    return source.install(server.issue(LOC, UserType.LOCATION, clock.instant()));
  }

  @Test
  void serves_the_cached_token_without_refreshing_while_it_is_valid() {
    ManagedTokenSource source = source();
    StoredToken t = installed(source);
    for (int i = 0; i < 100; i++) {
      assertEquals(t.accessToken(), source.accessToken(LOC));
    }
    clock.advance(Duration.ofHours(23));
    assertEquals(t.accessToken(), source.accessToken(LOC));
    assertEquals(0, server.refreshes.get());
  }

  @Test
  void refreshes_ahead_of_expiry_inside_the_margin() {
    ManagedTokenSource source = source();
    StoredToken t = installed(source);
    clock.advance(Duration.ofSeconds(86399).minus(Duration.ofMinutes(4)));
    String renewed = source.accessToken(LOC);
    assertNotEquals(t.accessToken(), renewed);
    assertEquals(1, server.refreshes.get());
    assertEquals(2, store.find(LOC).orElseThrow().version());
    assertEquals(renewed, source.accessToken(LOC));
    assertEquals(1, server.refreshes.get());
  }

  @Test
  void refreshes_once_when_64_threads_find_the_token_expired() throws Exception {
    ManagedTokenSource source = source();
    installed(source);
    server.latencyMillis = 50;
    clock.advance(Duration.ofDays(2));
    List<String> seen = runConcurrently(64, () -> source.accessToken(LOC));
    assertEquals(1, server.refreshes.get());
    assertEquals(0, server.invalidGrants.get());
    assertEquals(1, seen.stream().distinct().count());
    assertTrue(server.liveAccessTokens.contains(seen.get(0)));
  }

  @Test
  void a_401_reported_by_64_threads_triggers_exactly_one_refresh() throws Exception {
    ManagedTokenSource source = source();
    StoredToken t = installed(source);
    server.latencyMillis = 20;
    List<String> seen = runConcurrently(64, () -> {
      source.invalidate(LOC, t.accessToken());
      return source.accessToken(LOC);
    });
    assertEquals(1, server.refreshes.get());
    assertEquals(1, seen.stream().distinct().count());
    assertNotEquals(t.accessToken(), seen.get(0));
  }

  @Test
  void ignores_a_401_for_a_token_that_was_already_replaced() {
    ManagedTokenSource source = source();
    StoredToken t = installed(source);
    source.invalidate(LOC, t.accessToken());
    String second = source.accessToken(LOC);
    source.invalidate(LOC, t.accessToken());
    assertEquals(second, source.accessToken(LOC));
    assertEquals(1, server.refreshes.get());
  }

  @Test
  void a_replica_adopts_the_token_another_replica_wrote_instead_of_refreshing() {
    ManagedTokenSource replicaA = source();
    ManagedTokenSource replicaB = source();
    StoredToken t = installed(replicaA);
    assertEquals(t.accessToken(), replicaB.accessToken(LOC));
    clock.advance(Duration.ofDays(1));
    String fromA = replicaA.accessToken(LOC);
    String fromB = replicaB.accessToken(LOC);
    assertEquals(fromA, fromB);
    assertEquals(1, server.refreshes.get());
    assertEquals(0, server.invalidGrants.get());
  }

  @Test
  void a_replica_that_sees_a_401_adopts_the_token_another_replica_already_refreshed() {
    ManagedTokenSource replicaA = source();
    ManagedTokenSource replicaB = source();
    StoredToken t = installed(replicaA);
    replicaB.accessToken(LOC);
    replicaA.invalidate(LOC, t.accessToken());
    String fromA = replicaA.accessToken(LOC);
    replicaB.invalidate(LOC, t.accessToken());
    assertEquals(fromA, replicaB.accessToken(LOC));
    assertEquals(1, server.refreshes.get());
  }

  @Test
  void on_invalid_grant_rereads_the_store_and_adopts_a_newer_token() {
    ManagedTokenSource source = source();
    StoredToken t = installed(source);
    // Someone outside this source's lock (e.g. a reinstall) wrote a newer token meanwhile,
    // and the old refresh token is gone.
    TokenRefresher racing = (rt, type) -> {
      store.compareAndSet(1, server.issue(LOC, UserType.LOCATION, clock.instant()));
      return server.refresh(rt + "-used", type);
    };
    ManagedTokenSource withRace = ManagedTokenSource.builder().store(store).refresher(racing).clock(clock)
        .listener(events::add).build();
    withRace.invalidate(LOC, t.accessToken());
    withRace.accessToken(LOC); // warm the cache
    withRace.invalidate(LOC, t.accessToken());
    String token = withRace.accessToken(LOC);
    assertNotEquals(t.accessToken(), token);
    assertEquals(2, store.find(LOC).orElseThrow().version());
    assertTrue(events.isEmpty(), "a newer token in the store is not a re-authorization");
    assertEquals(1, server.invalidGrants.get());
  }

  @Test
  void declares_reauthorization_once_and_never_presents_a_refused_refresh_token_again() {
    ManagedTokenSource source = source();
    StoredToken t = installed(source);
    server.revokeAll();
    clock.advance(Duration.ofDays(1));
    ReauthorizationRequiredException e = assertThrows(ReauthorizationRequiredException.class,
        () -> source.accessToken(LOC));
    assertEquals(ReauthorizationReason.REFRESH_TOKEN_REJECTED, e.reason());
    assertFalse(e.getMessage().contains(t.refreshToken()));
    assertFalse(e.getMessage().contains(t.accessToken()));
    for (int i = 0; i < 50; i++) {
      assertThrows(ReauthorizationRequiredException.class, () -> source.accessToken(LOC));
      clock.advance(Duration.ofMinutes(1));
    }
    assertEquals(1, server.invalidGrants.get(), "the dead refresh token was presented exactly once");
    assertEquals(1, events.size());
    assertEquals(LOC, events.get(0).id());

    // The user reinstalls: the store gets a new token and the source recovers on its next recheck.
    StoredToken reinstalled = server.issue(LOC, UserType.LOCATION, clock.instant());
    store.compareAndSet(store.find(LOC).orElseThrow().version(), reinstalled).orElseThrow();
    clock.advance(Duration.ofMinutes(1));
    assertEquals(reinstalled.accessToken(), source.accessToken(LOC));
  }

  @Test
  void a_refresh_token_refused_in_one_replica_is_never_presented_by_another() {
    ManagedTokenSource replicaA = source();
    ManagedTokenSource replicaB = source();
    installed(replicaA);
    replicaB.accessToken(LOC);
    server.revokeAll();
    clock.advance(Duration.ofDays(1));
    assertThrows(ReauthorizationRequiredException.class, () -> replicaA.accessToken(LOC));
    ReauthorizationRequiredException e = assertThrows(ReauthorizationRequiredException.class,
        () -> replicaB.accessToken(LOC));
    assertEquals(ReauthorizationReason.REFRESH_TOKEN_REJECTED, e.reason());
    assertEquals(1, server.invalidGrants.get(), "replica B read the tombstone instead of presenting the token");
    assertTrue(store.find(LOC).orElseThrow().refresh().isEmpty());
  }

  @Test
  void an_inactive_location_backs_off_and_tries_the_same_refresh_token_again_later() {
    ManagedTokenSource source = ManagedTokenSource.builder().store(store).refresher(server).clock(clock)
        .inactiveRetryAfter(Duration.ofMinutes(15)).listener(events::add).build();
    installed(source);
    server.locationInactive = true;
    clock.advance(Duration.ofDays(1));
    ReauthorizationRequiredException e = assertThrows(ReauthorizationRequiredException.class,
        () -> source.accessToken(LOC));
    assertEquals(ReauthorizationReason.LOCATION_INACTIVE, e.reason());
    clock.advance(Duration.ofMinutes(5));
    assertThrows(ReauthorizationRequiredException.class, () -> source.accessToken(LOC));
    server.locationInactive = false;
    clock.advance(Duration.ofMinutes(11));
    source.accessToken(LOC);
    assertEquals(1, server.refreshes.get());
    assertEquals(1, events.size());
  }

  @Test
  void keeps_serving_a_valid_token_when_a_renewal_ahead_of_expiry_fails_transiently() {
    AtomicInteger attempts = new AtomicInteger();
    TokenRefresher flaky = (rt, type) -> {
      if (attempts.incrementAndGet() == 1) {
        throw new TokenRefreshException(503, "Service Unavailable");
      }
      return server.refresh(rt, type);
    };
    ManagedTokenSource source = ManagedTokenSource.builder().store(store).refresher(flaky).clock(clock)
        .refreshMargin(Duration.ofMinutes(5)).transientRetryAfter(Duration.ofSeconds(30)).build();
    StoredToken t = source.install(server.issue(LOC, UserType.LOCATION, clock.instant()));
    clock.advance(Duration.ofSeconds(86399).minus(Duration.ofMinutes(3)));
    assertEquals(t.accessToken(), source.accessToken(LOC), "the failed renewal does not fail the call");
    assertEquals(t.accessToken(), source.accessToken(LOC), "no retry before the back-off");
    assertEquals(1, attempts.get());
    clock.advance(Duration.ofSeconds(31));
    assertNotEquals(t.accessToken(), source.accessToken(LOC));
    assertEquals(2, attempts.get());
  }

  @Test
  void an_expired_token_whose_renewal_fails_transiently_fails_the_call_with_the_status() {
    TokenRefresher down = (rt, type) -> {
      throw new TokenRefreshException(503, "Service Unavailable");
    };
    ManagedTokenSource source = ManagedTokenSource.builder().store(store).refresher(down).clock(clock).build();
    source.install(server.issue(LOC, UserType.LOCATION, clock.instant()));
    clock.advance(Duration.ofDays(1));
    TokenRefreshException e = assertThrows(TokenRefreshException.class, () -> source.accessToken(LOC));
    assertEquals(503, e.status());
  }

  @Test
  void a_refresh_token_lost_with_its_response_is_reported_once_and_the_valid_access_token_carries_on() {
    // HighLevel rotated server-side but the response never arrived: the old refresh token is dead.
    AtomicInteger attempts = new AtomicInteger();
    TokenRefresher losesFirstResponse = (rt, type) -> {
      TokenGrant lost = server.refresh(rt, type);
      if (attempts.incrementAndGet() == 1) {
        throw new TokenRefreshException(0, "connection closed before the response", null);
      }
      return lost;
    };
    ManagedTokenSource source = ManagedTokenSource.builder().store(store).refresher(losesFirstResponse)
        .clock(clock).refreshMargin(Duration.ofMinutes(5)).transientRetryAfter(Duration.ofSeconds(30))
        .listener(events::add).build();
    StoredToken t = source.install(server.issue(LOC, UserType.LOCATION, clock.instant()));
    clock.advance(Duration.ofSeconds(86399).minus(Duration.ofMinutes(4)));
    assertEquals(t.accessToken(), source.accessToken(LOC));
    clock.advance(Duration.ofSeconds(31));
    assertEquals(t.accessToken(), source.accessToken(LOC), "the access token is still valid: carry on");
    assertEquals(1, events.size(), "the dead family is reported at once");
    assertEquals(1, server.invalidGrants.get());
    for (int i = 0; i < 20; i++) {
      assertEquals(t.accessToken(), source.accessToken(LOC));
      clock.advance(Duration.ofSeconds(5));
    }
    assertEquals(1, server.invalidGrants.get(), "no retry loop");
    clock.advance(Duration.ofMinutes(5));
    assertThrows(ReauthorizationRequiredException.class, () -> source.accessToken(LOC));
    assertEquals(1, events.size());
    assertEquals(1, server.invalidGrants.get());
  }

  @Test
  void never_hands_out_an_access_token_whose_refresh_token_was_not_persisted() {
    TokenStore failingCommits = new TokenStore() {
      @Override
      public Optional<StoredToken> find(String id) {
        return store.find(id);
      }

      @Override
      public Optional<StoredToken> compareAndSet(long expectedVersion, StoredToken next) {
        return store.compareAndSet(expectedVersion, next);
      }

      @Override
      public boolean delete(String id) {
        return store.delete(id);
      }

      @Override
      public RefreshLock lockForRefresh(String id, Duration timeout) {
        RefreshLock real = store.lockForRefresh(id, timeout);
        return new RefreshLock() {
          @Override
          public Optional<StoredToken> current() {
            return real.current();
          }

          @Override
          public StoredToken commit(long expectedVersion, StoredToken next) {
            throw new TokenStoreException("disk full");
          }

          @Override
          public void close() {
            real.close();
          }
        };
      }
    };
    AtomicInteger issued = new AtomicInteger();
    List<String> handedOut = new CopyOnWriteArrayList<>();
    TokenRefresher counting = (rt, type) -> {
      issued.incrementAndGet();
      TokenGrant g = server.refresh(rt, type);
      handedOut.add(g.accessToken());
      return g;
    };
    ManagedTokenSource source = ManagedTokenSource.builder().store(failingCommits).refresher(counting)
        .clock(clock).build();
    StoredToken t = installed(source());
    clock.advance(Duration.ofDays(1));
    assertThrows(TokenStoreException.class, () -> source.accessToken(LOC));
    assertEquals(1, issued.get());
    assertEquals(t.version(), store.find(LOC).orElseThrow().version());
  }

  @Test
  void mints_and_caches_location_tokens_from_the_agency_token() throws Exception {
    ManagedTokenSource source = ManagedTokenSource.builder().store(store).refresher(server).clock(clock)
        .agency("company-1", server).listener(events::add).build();
    source.install(server.issue("company-1", UserType.COMPANY, clock.instant()));
    List<String> tokens = runConcurrently(16, () -> source.accessToken("loc-a"));
    assertEquals(1, tokens.stream().distinct().count());
    assertEquals(1, server.mints.get());
    source.accessToken("loc-b");
    assertEquals(2, server.mints.get());
    assertEquals(UserType.LOCATION, store.find("loc-a").orElseThrow().userType());

    // Minted tokens have no refresh token: after expiry they are minted again, with a renewed agency token.
    clock.advance(Duration.ofDays(1));
    String again = source.accessToken("loc-a");
    assertNotEquals(tokens.get(0), again);
    assertEquals(3, server.mints.get());
    assertEquals(1, server.refreshes.get(), "the agency token itself was refreshed once");
    assertTrue(events.isEmpty());
  }

  @Test
  void a_rotated_private_integration_token_reaches_another_replica_within_the_recheck_interval() {
    ManagedTokenSource admin = ManagedTokenSource.builder().store(store).clock(clock)
        .staticTokenRecheck(Duration.ofMinutes(1)).build();
    ManagedTokenSource replica = ManagedTokenSource.builder().store(store).clock(clock)
        .staticTokenRecheck(Duration.ofMinutes(1)).build();
    String oldPit = Tokens.random("pit");
    admin.install(StoredToken.privateIntegrationToken(LOC, oldPit, clock.instant()));
    assertEquals(oldPit, replica.accessToken(LOC));

    String newPit = Tokens.random("pit");
    admin.rotatePrivateIntegrationToken(LOC, newPit, Duration.ofDays(7));
    assertEquals(newPit, admin.accessToken(LOC));
    assertEquals(oldPit, replica.accessToken(LOC), "inside the overlap the old token still works");
    clock.advance(Duration.ofSeconds(61));
    assertEquals(newPit, replica.accessToken(LOC));

    assertThrows(IllegalArgumentException.class,
        () -> admin.rotatePrivateIntegrationToken(LOC, Tokens.random("pit"), Duration.ofSeconds(30)));
  }

  @Test
  void a_401_on_an_old_private_integration_token_switches_to_the_rotated_one_at_once() {
    ManagedTokenSource admin = ManagedTokenSource.builder().store(store).clock(clock).build();
    ManagedTokenSource replica = ManagedTokenSource.builder().store(store).clock(clock).listener(events::add).build();
    String oldPit = Tokens.random("pit");
    admin.install(StoredToken.privateIntegrationToken(LOC, oldPit, clock.instant()));
    replica.accessToken(LOC);
    String newPit = Tokens.random("pit");
    admin.rotatePrivateIntegrationToken(LOC, newPit, Duration.ofDays(7));
    replica.invalidate(LOC, oldPit);
    assertEquals(newPit, replica.accessToken(LOC));
    assertTrue(events.isEmpty());
  }

  @Test
  void a_rejected_private_integration_token_with_no_replacement_requires_reauthorization() {
    ManagedTokenSource source = ManagedTokenSource.builder().store(store).clock(clock).listener(events::add).build();
    String pit = Tokens.random("pit");
    source.install(StoredToken.privateIntegrationToken(LOC, pit, clock.instant()));
    source.invalidate(LOC, source.accessToken(LOC));
    ReauthorizationRequiredException e = assertThrows(ReauthorizationRequiredException.class,
        () -> source.accessToken(LOC));
    assertEquals(ReauthorizationReason.STATIC_TOKEN_REJECTED, e.reason());
    assertFalse(e.getMessage().contains(pit));
    assertEquals(1, events.size());
  }

  @Test
  void an_unknown_location_requires_authorization_and_names_it() {
    ManagedTokenSource source = source();
    ReauthorizationRequiredException e = assertThrows(ReauthorizationRequiredException.class,
        () -> source.accessToken("loc-unknown"));
    assertEquals(ReauthorizationReason.NO_TOKEN, e.reason());
    assertTrue(e.getMessage().contains("loc-unknown"));
    assertThrows(IllegalArgumentException.class, () -> source.accessToken(" "));
  }

  static <T> List<T> runConcurrently(int threads, java.util.concurrent.Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          go.await();
          return task.call();
        }));
      }
      go.countDown();
      List<T> results = new java.util.ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
