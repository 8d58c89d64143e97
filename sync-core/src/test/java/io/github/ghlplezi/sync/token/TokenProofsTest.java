package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.sync.SharedPostgres;
import io.github.ghlplezi.ghl.model.UserType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.model.TagQuery;
import io.github.ghlplezi.testkit.Fault;
import io.github.ghlplezi.testkit.FaultRule;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.SandboxTokens;
import io.github.ghlplezi.testkit.Sandbox;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proofs of issue 6, against the testkit's fake HighLevel (single-use rotating refresh tokens). */
class TokenProofsTest {
  private Sandbox sandbox;
  private FakeGhl ghl;
  private String location;
  private RecordingOAuth oauth;
  private final List<ReauthorizationRequired> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().ghlRateLimits(1_000_000, Duration.ofSeconds(10), 1_000_000_000).start();
    ghl = sandbox.ghl();
    location = ghl.locations().get(0).id();
    oauth = new RecordingOAuth(ghl.baseUrl(), ghl.oauthClientId(), ghl.oauthClientSecret());
    IssuedTokens.record(ghl.oauthClientSecret());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private StoredToken installed(SandboxTokens t, Instant now) {
    IssuedTokens.record(t.accessToken());
    IssuedTokens.record(t.refreshToken());
    return new StoredToken(t.locationId() != null ? t.locationId() : t.companyId(), UserType.of(t.userType()),
        t.accessToken(), now.plusSeconds(t.expiresInSeconds()), t.refreshToken(), new LinkedHashSet<>(t.scopes()),
        0, now);
  }

  private GhlClient client(ManagedTokenSource source) {
    return GhlClient.builder().baseUrl(ghl.baseUrl()).tokenSource(source).clock(sandbox.clock()).build();
  }

  private static void listOneTag(GhlClient client, String location) {
    client.socialPlanner(location).tags().list(TagQuery.builder().limit(1).skip(0).build());
  }

  // ---------------------------------------------------------------------------------- proof 1

  @Test
  void refreshes_exactly_once_when_64_threads_call_through_an_expired_token() throws Exception {
    ManagedTokenSource source = ManagedTokenSource.builder().store(new InMemoryTokenStore(sandbox.clock()))
        .refresher(oauth).clock(sandbox.clock()).listener(events::add).build();
    source.install(installed(ghl.issueLocationTokens(location), sandbox.clock().instant()));
    GhlClient client = client(source);
    listOneTag(client, location);

    sandbox.clock().advance(Duration.ofHours(25));
    AtomicInteger failed = new AtomicInteger();
    ManagedTokenSourceTest.runConcurrently(64, () -> {
      try {
        listOneTag(client, location);
      } catch (RuntimeException e) {
        failed.incrementAndGet();
      }
      return null;
    });

    assertEquals(1, ghl.refreshCount(), "refreshes");
    assertEquals(0, ghl.invalidGrantCount(), "invalid_grant answers");
    assertEquals(0, failed.get(), "failed calls");
    assertTrue(events.isEmpty());
  }

  @Test
  void a_401_on_a_token_revoked_server_side_makes_64_threads_refresh_exactly_once() throws Exception {
    ManagedTokenSource source = ManagedTokenSource.builder().store(new InMemoryTokenStore(sandbox.clock()))
        .refresher(oauth).clock(sandbox.clock()).build();
    source.install(installed(ghl.issueLocationTokens(location), sandbox.clock().instant()));
    GhlClient client = client(source);
    listOneTag(client, location);

    ghl.expireAllAccessTokens(); // the source's clock still says the token is valid: only the 401 tells
    AtomicInteger failed = new AtomicInteger();
    ManagedTokenSourceTest.runConcurrently(64, () -> {
      try {
        listOneTag(client, location);
      } catch (RuntimeException e) {
        failed.incrementAndGet();
      }
      return null;
    });
    assertEquals(1, ghl.refreshCount());
    assertEquals(0, ghl.invalidGrantCount());
    assertEquals(0, failed.get());
  }

  // ---------------------------------------------------------------------------------- proof 2

  @Test
  void four_processes_of_16_threads_sharing_postgres_refresh_exactly_once_per_forced_expiry() throws Exception {
    DataSource ds = SharedPostgres.dataSource();
    JdbcTokenStore store = new JdbcTokenStore(ds, Tokens.KEYS).createSchemaIfMissing();
    StoredToken first = installed(ghl.issueLocationTokens(location), Instant.now());
    store.delete(location);
    store.compareAndSet(0, first).orElseThrow();

    List<ChildJvm> children = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        children.add(startChild(16, false));
      }
      for (ChildJvm c : children) {
        c.awaitLine("READY", 90);
      }
      int expiries = 10;
      for (int round = 1; round <= expiries; round++) {
        ghl.expireAllAccessTokens();
        long expected = round;
        awaitTrue(() -> ghl.refreshCount() >= expected, 60, "refresh " + round);
        // Every process must be on the new token before the next forced expiry.
        long[] before = okCounts(children);
        awaitTrue(() -> grewBy(children, before, 17), 60, "all processes call with the token of round " + round);
        store.find(location).ifPresent(t -> {
          IssuedTokens.record(t.accessToken());
          IssuedTokens.record(t.refreshToken());
        });
      }
      long failed = 0;
      long childRefreshes = 0;
      long childInvalidGrants = 0;
      for (ChildJvm c : children) {
        Map<String, String> s = c.stats("STOP");
        failed += Long.parseLong(s.get("failed"));
        childRefreshes += Long.parseLong(s.get("refreshes"));
        childInvalidGrants += Long.parseLong(s.get("invalidGrants"));
        assertEquals("{}", s.get("errors"), "errors in a child");
      }
      assertEquals(expiries, ghl.refreshCount(), "refreshes seen by HighLevel");
      assertEquals(expiries, childRefreshes, "refreshes made by the processes");
      assertEquals(0, ghl.invalidGrantCount(), "invalid_grant answers");
      assertEquals(0, childInvalidGrants);
      assertEquals(0, failed, "failed calls");
      assertEquals(1 + expiries, store.find(location).orElseThrow().version());
    } finally {
      for (ChildJvm c : children) {
        c.close();
        CapturingAppender.addExternal(c.transcript());
      }
    }
  }

  // ---------------------------------------------------------------------------------- proof 3

  @Test
  void a_process_killed_while_holding_the_refresh_lock_does_not_stop_the_others() throws Exception {
    DataSource ds = SharedPostgres.dataSource();
    JdbcTokenStore store = new JdbcTokenStore(ds, Tokens.KEYS).createSchemaIfMissing();
    StoredToken first = installed(ghl.issueLocationTokens(location), Instant.now());
    store.delete(location);
    store.compareAndSet(0, first).orElseThrow();

    List<ChildJvm> survivors = new ArrayList<>();
    ChildJvm victim = null;
    try {
      // The victim's clock runs a day ahead: it finds the token expired, takes the cross-process
      // refresh lock, and freezes inside the refresh. The survivors' token is still valid for them.
      victim = startChild(4, true);
      for (int i = 0; i < 3; i++) {
        survivors.add(startChild(16, false));
      }
      victim.awaitLine("REFRESHING", 90);
      for (ChildJvm c : survivors) {
        c.awaitLine("READY", 90);
      }

      // Now the token dies server-side: the survivors get 401s and queue behind the victim's lock.
      ghl.expireAllAccessTokens();
      awaitTrue(() -> backendsWaitingOnLocks(ds) >= 1, 60, "survivors blocked on the refresh lock");
      assertEquals(0, ghl.refreshCount());

      victim.killHard();
      assertTrue(!victim.process().isAlive());

      awaitTrue(() -> ghl.refreshCount() >= 1, 60, "a survivor refreshes");
      long[] before = okCounts(survivors);
      awaitTrue(() -> grewBy(survivors, before, 17), 60, "survivors carry on");
      long failed = 0;
      for (ChildJvm c : survivors) {
        Map<String, String> s = c.stats("STOP");
        failed += Long.parseLong(s.get("failed"));
        assertEquals("0", s.get("invalidGrants"));
      }
      assertEquals(1, ghl.refreshCount(), "exactly one refresh, by a survivor");
      assertEquals(0, ghl.invalidGrantCount(), "invalid_grant answers");
      assertEquals(0, failed, "failed calls in the surviving processes");
      assertEquals(2, store.find(location).orElseThrow().version());
      store.find(location).ifPresent(t -> {
        IssuedTokens.record(t.accessToken());
        IssuedTokens.record(t.refreshToken());
      });
    } finally {
      for (ChildJvm c : survivors) {
        c.close();
        CapturingAppender.addExternal(c.transcript());
      }
      if (victim != null) {
        victim.close();
        CapturingAppender.addExternal(victim.transcript());
      }
    }
  }

  @Test
  void a_refresh_response_lost_after_rotation_is_reported_once_and_never_retried_in_a_loop() {
    // The testkit applies the refresh (rotation happens server-side) and then drops the connection:
    // what we assume HighLevel does when a refresh response is lost (see README-tokens.md).
    ManagedTokenSource source = ManagedTokenSource.builder().store(new InMemoryTokenStore(sandbox.clock()))
        .refresher(oauth).clock(sandbox.clock()).refreshMargin(Duration.ofMinutes(10))
        .transientRetryAfter(Duration.ofSeconds(30)).listener(events::add).build();
    StoredToken t = source.install(installed(ghl.issueLocationTokens(location), sandbox.clock().instant()));
    GhlClient client = client(source);
    ghl.faults().add(FaultRule.onPath("/oauth/token").times(1).fault(Fault.applyThenDrop()));

    sandbox.clock().advance(Duration.ofSeconds(86399).minus(Duration.ofMinutes(8)));
    listOneTag(client, location); // renewal ahead of expiry loses its response; the call still succeeds
    assertEquals(1, ghl.refreshCount(), "HighLevel rotated");
    sandbox.clock().advance(Duration.ofSeconds(31));
    listOneTag(client, location); // the retry presents the rotated-away token: invalid_grant, reported
    assertEquals(1, ghl.invalidGrantCount());
    assertEquals(1, events.size());
    assertEquals(ReauthorizationReason.REFRESH_TOKEN_REJECTED, events.get(0).reason());
    for (int i = 0; i < 10; i++) {
      listOneTag(client, location); // the old access token still works until it expires
      sandbox.clock().advance(Duration.ofSeconds(20));
    }
    sandbox.clock().advance(Duration.ofMinutes(10));
    assertThrows(ReauthorizationRequiredException.class, () -> listOneTag(client, location));
    assertEquals(1, ghl.invalidGrantCount(), "the dead refresh token was presented once, not in a loop");
    assertEquals(1, events.size());
    assertNotEquals(t.version(), 0);
  }

  // ---------------------------------------------------------------------------------- agency, PIT, uninstall

  @Test
  void an_agency_token_mints_and_caches_location_tokens_that_call_social_planner() {
    SandboxTokens company = ghl.issueCompanyTokens();
    ManagedTokenSource source = ManagedTokenSource.builder().store(new InMemoryTokenStore(sandbox.clock()))
        .refresher(oauth).agency(company.companyId(), oauth).clock(sandbox.clock()).listener(events::add).build();
    source.install(installed(company, sandbox.clock().instant()));
    GhlClient client = client(source);
    for (var loc : ghl.locations()) {
      listOneTag(client, loc.id());
      listOneTag(client, loc.id());
    }
    assertEquals(ghl.locations().size(), ghl.counter("locationTokens"), "one mint per location, then cached");
    sandbox.clock().advance(Duration.ofHours(25));
    listOneTag(client, location);
    assertEquals(1, ghl.refreshCount(), "the expired location token was refreshed once");
    assertEquals(0, ghl.invalidGrantCount());
    assertTrue(events.isEmpty());
  }

  @Test
  void a_rotated_private_integration_token_replaces_the_old_one_within_the_overlap() {
    InMemoryTokenStore store = new InMemoryTokenStore(sandbox.clock());
    ManagedTokenSource admin = ManagedTokenSource.builder().store(store).clock(sandbox.clock()).build();
    ManagedTokenSource replica = ManagedTokenSource.builder().store(store).clock(sandbox.clock())
        .staticTokenRecheck(Duration.ofMinutes(1)).listener(events::add).build();
    String oldPit = IssuedTokens.record(ghl.privateIntegrationToken(location));
    admin.install(StoredToken.privateIntegrationToken(location, oldPit, sandbox.clock().instant()));
    GhlClient client = client(replica);
    listOneTag(client, location);

    String newPit = IssuedTokens.record(ghl.rotatePrivateIntegrationToken(location, Duration.ofDays(7)));
    admin.rotatePrivateIntegrationToken(location, newPit, Duration.ofDays(7));
    listOneTag(client, location); // old token, still inside the overlap
    sandbox.clock().advance(Duration.ofDays(8)); // the old token has expired at HighLevel
    listOneTag(client, location); // re-read (recheck) or 401 -> the rotated token
    assertEquals(newPit, replica.accessToken(location));
    assertTrue(events.isEmpty());
  }

  @Test
  void an_uninstalled_location_raises_one_reauthorization_event_and_a_clear_exception() {
    ManagedTokenSource source = ManagedTokenSource.builder().store(new InMemoryTokenStore(sandbox.clock()))
        .refresher(oauth).clock(sandbox.clock()).listener(events::add).build();
    source.install(installed(ghl.issueLocationTokens(location), sandbox.clock().instant()));
    GhlClient client = client(source);
    listOneTag(client, location);
    ghl.uninstall(location);
    RuntimeException e = assertThrows(RuntimeException.class, () -> listOneTag(client, location));
    assertTrue(rootCause(e) instanceof ReauthorizationRequiredException, String.valueOf(e));
    for (int i = 0; i < 5; i++) {
      assertThrows(RuntimeException.class, () -> listOneTag(client, location));
    }
    assertEquals(1, events.size());
    assertEquals(1, ghl.invalidGrantCount(), "no retry loop");
  }

  @Test
  void a_paused_location_reports_location_inactive_and_recovers_when_reactivated() {
    ManagedTokenSource source = ManagedTokenSource.builder().store(new InMemoryTokenStore(sandbox.clock()))
        .refresher(oauth).clock(sandbox.clock()).inactiveRetryAfter(Duration.ofMinutes(15))
        .listener(events::add).build();
    source.install(installed(ghl.issueLocationTokens(location), sandbox.clock().instant()));
    ghl.setLocationActive(location, false);
    sandbox.clock().advance(Duration.ofHours(25));
    ReauthorizationRequiredException e = assertThrows(ReauthorizationRequiredException.class,
        () -> source.accessToken(location));
    assertEquals(ReauthorizationReason.LOCATION_INACTIVE, e.reason());
    ghl.setLocationActive(location, true);
    sandbox.clock().advance(Duration.ofMinutes(16));
    listOneTag(client(source), location);
    assertEquals(1, ghl.refreshCount());
    assertEquals(0, ghl.invalidGrantCount());
  }

  // ---------------------------------------------------------------------------------- helpers

  private ChildJvm startChild(int threads, boolean freeze) {
    return ChildJvm.start(TokenProofChild.class,
        "ghl=" + ghl.baseUrl(), "jdbc=" + SharedPostgres.jdbcUrl(), "location=" + location,
        "clientId=" + ghl.oauthClientId(), "clientSecret=" + ghl.oauthClientSecret(),
        "threads=" + threads, "pauseMillis=100", "freezeInRefresh=" + freeze,
        "clockOffsetHours=" + (freeze ? 25 : 0));
  }

  private static long[] okCounts(List<ChildJvm> children) throws InterruptedException {
    long[] counts = new long[children.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = Long.parseLong(children.get(i).stats("REPORT").get("ok"));
    }
    return counts;
  }

  private static boolean grewBy(List<ChildJvm> children, long[] before, long by) {
    try {
      long[] now = okCounts(children);
      for (int i = 0; i < now.length; i++) {
        if (now[i] < before[i] + by) {
          return false;
        }
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int backendsWaitingOnLocks(DataSource ds) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) {
      rs.next();
      return rs.getInt(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Polls a condition another process makes true (not waiting for time to pass). */
  private static void awaitTrue(BooleanSupplier condition, long seconds, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for: " + what);
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      if (c instanceof ReauthorizationRequiredException) {
        return c;
      }
      c = c.getCause();
    }
    return c;
  }
}
