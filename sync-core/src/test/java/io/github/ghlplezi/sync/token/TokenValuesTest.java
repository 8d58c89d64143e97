package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.model.ImmutableOAuthTokens;
import io.github.ghlplezi.ghl.model.UserType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token values and the text they show: what an install keeps from the code exchange, what is
 * refused, and that no description ever carries a secret.
 */
class TokenValuesTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  @TempDir
  Path dir;

  @Test
  void a_blank_access_token_is_refused_naming_the_field() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StoredToken("loc-1", UserType.LOCATION, " ", null, null, Set.of(), 0, NOW));
    assertTrue(e.getMessage().startsWith("accessToken:"), e.getMessage());
  }

  @Test
  void a_stored_token_describes_itself_without_its_secrets() {
    String access = Tokens.random("at");
    String refresh = Tokens.random("rt");
    StoredToken oauth = new StoredToken("loc-1", UserType.LOCATION, access, NOW.plusSeconds(60), refresh,
        Set.of("b", "a"), 3, NOW);
    String text = oauth.toString();
    assertTrue(text.startsWith("StoredToken[id=loc-1, userType="), text);
    assertTrue(text.contains("refreshToken=<redacted>, scopes=[a, b], version=3"), text);
    assertFalse(text.contains(access) || text.contains(refresh), text);
    String pit = StoredToken.privateIntegrationToken("loc-2", access, NOW).toString();
    assertTrue(pit.contains("refreshToken=none"), pit);
    assertFalse(pit.contains(access), pit);
  }

  @Test
  void an_exchange_without_user_type_is_an_agency_install_only_when_it_names_a_company_and_no_location() {
    String access = Tokens.random("at");
    StoredToken agency = StoredToken.fromCodeExchange(ImmutableOAuthTokens.builder().accessToken(access)
        .companyId("company-1").scope("locations.readonly  oauth.write").build(), NOW);
    assertEquals(UserType.COMPANY, agency.userType());
    assertEquals("company-1", agency.id());
    assertEquals(Set.of("locations.readonly", "oauth.write"), agency.scopes(), "the granted scopes are kept");

    StoredToken location = StoredToken.fromCodeExchange(ImmutableOAuthTokens.builder().accessToken(access)
        .companyId("company-1").locationId("loc-7").build(), NOW);
    assertEquals(UserType.LOCATION, location.userType());
    assertEquals("loc-7", location.id());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoredToken.fromCodeExchange(
        ImmutableOAuthTokens.builder().accessToken(access).userType(UserType.COMPANY).build(), NOW));
    assertTrue(e.getMessage().startsWith("companyId:"), e.getMessage());
    assertFalse(e.getMessage().contains(access));
  }

  @Test
  void a_grant_may_leave_its_lifetime_open_but_never_zero_and_describes_itself_without_secrets() {
    String access = Tokens.random("at");
    assertNull(new TokenGrant(access, null, null, null).expiresIn());
    assertEquals(Set.of(), new TokenGrant(access, null, null, null).scopes());
    assertThrows(IllegalArgumentException.class, () -> new TokenGrant(access, Duration.ZERO, null, Set.of()));
    assertThrows(IllegalArgumentException.class, () -> new TokenGrant(access, Duration.ofSeconds(-1), null, Set.of()));
    String refresh = Tokens.random("rt");
    String rotated = new TokenGrant(access, Duration.ofHours(1), refresh, Set.of("s")).toString();
    assertTrue(rotated.contains("refreshToken=<redacted>"), rotated);
    assertFalse(rotated.contains(access) || rotated.contains(refresh), rotated);
    assertTrue(new TokenGrant(access, null, null, Set.of()).toString().contains("refreshToken=none"));
  }

  @Test
  void a_reauthorization_failure_carries_its_event_and_the_quiet_listener_takes_any() {
    ReauthorizationRequired event = new ReauthorizationRequired("loc-3", UserType.LOCATION,
        ReauthorizationReason.REFRESH_TOKEN_REJECTED, 4, NOW);
    ReauthorizationRequiredException e = new ReauthorizationRequiredException(event);
    assertSame(event, e.event());
    assertTrue(e.getMessage().contains("loc-3") && e.getMessage().contains("store version 4"), e.getMessage());
    TokenEventListener none = TokenEventListener.none();
    assertNotNull(none);
    none.onReauthorizationRequired(event);
  }

  @Test
  void key_files_name_a_malformed_entry() {
    IllegalArgumentException noId = assertThrows(IllegalArgumentException.class,
        () -> KeyProvider.Keys.parse(":AAAAAAAAAAAAAAAAAAAAAA==", "key file k"));
    assertTrue(noId.getMessage().startsWith("keyId:"), noId.getMessage());
    IllegalArgumentException unset = assertThrows(IllegalArgumentException.class,
        () -> KeyProvider.fromEnvironment("GHLPLEZI_TEST_VARIABLE_NEVER_SET_" + UUID.randomUUID().toString()
            .replace('-', '_')));
    assertTrue(unset.getMessage().endsWith("is not set"), unset.getMessage());
    String keys = KeyProvider.Keys.parse("new:" + "A".repeat(43) + "=,old:" + "A".repeat(43) + "=", "k").toString();
    assertTrue(keys.startsWith("KeyProvider[current=new, ids=[") && keys.contains("old") && !keys.contains("AAAA"),
        keys);
  }

  @Test
  void stores_and_sources_name_what_they_are_and_never_a_token() {
    MutableClock clock = new MutableClock(NOW);
    InMemoryTokenStore memory = new InMemoryTokenStore(clock);
    StoredToken t = Tokens.oauth("loc-4", NOW, Duration.ofHours(1));
    memory.compareAndSet(0, t).orElseThrow();
    assertEquals("InMemoryTokenStore[1 rows]", memory.toString());

    EncryptedFileTokenStore file = new EncryptedFileTokenStore(dir.resolve("tokens.bin"),
        EncryptedFileTokenStore.aesKey(new byte[32]));
    assertTrue(file.toString().startsWith("EncryptedFileTokenStore[") && file.toString().contains("tokens.bin"));

    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:names-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    JdbcTokenStore jdbc = new JdbcTokenStore(ds, Tokens.KEYS);
    assertTrue(jdbc.toString().endsWith("dialect not yet detected]"), jdbc.toString());
    jdbc.createSchemaIfMissing();
    assertTrue(jdbc.toString().endsWith(", H2]"), jdbc.toString());

    RotatingAuthServer server = new RotatingAuthServer();
    ManagedTokenSource source = ManagedTokenSource.builder().store(memory).refresher(server).clock(clock)
        .lockTimeout(Duration.ofSeconds(2)).deadRecheck(Duration.ofSeconds(10)).build();
    assertEquals(t.accessToken(), source.accessToken("loc-4"));
    assertEquals("ManagedTokenSource[store=InMemoryTokenStore[1 rows], cached=1]", source.toString());
    assertFalse((source.toString() + memory + jdbc + file).contains(t.accessToken()));
  }

  @Test
  void a_private_integration_token_rotation_must_outlast_the_static_token_recheck() {
    MutableClock clock = new MutableClock(NOW);
    ManagedTokenSource source = ManagedTokenSource.builder().store(new InMemoryTokenStore(clock))
        .refresher(new RotatingAuthServer()).clock(clock).staticTokenRecheck(Duration.ofMinutes(1)).build();
    String first = Tokens.random("pit");
    source.install(StoredToken.privateIntegrationToken("loc-5", first, NOW));
    String next = Tokens.random("pit");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> source.rotatePrivateIntegrationToken("loc-5", next, Duration.ofMinutes(1)));
    assertTrue(e.getMessage().startsWith("overlap:"), e.getMessage());
    StoredToken rotated = source.rotatePrivateIntegrationToken("loc-5", next, Duration.ofMinutes(1).plusMillis(1));
    assertEquals(next, rotated.accessToken());
    assertEquals(2, rotated.version());
  }

  @Test
  void an_agency_token_refused_while_minting_is_renewed_once_and_the_mint_goes_through() {
    MutableClock clock = new MutableClock(NOW);
    RotatingAuthServer server = new RotatingAuthServer();
    InMemoryTokenStore store = new InMemoryTokenStore(clock);
    ManagedTokenSource source = ManagedTokenSource.builder().store(store).refresher(server)
        .agency("company-1", server).clock(clock).build();
    StoredToken agency = source.install(server.issue("company-1", UserType.COMPANY, NOW));
    server.liveAccessTokens.remove(agency.accessToken()); // HighLevel revoked the agency's access token early

    String minted = source.accessToken("loc-6");

    assertTrue(server.liveAccessTokens.contains(minted));
    assertEquals(1, server.mints.get(), "one successful mint");
    assertEquals(1, server.refreshes.get(), "the agency token was renewed once");
    assertEquals(2, source.renewals());
    assertEquals(minted, store.find("loc-6").orElseThrow().accessToken());
  }
}
