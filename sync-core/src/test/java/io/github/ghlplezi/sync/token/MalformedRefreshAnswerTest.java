package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refresh whose answer is unusable may have rotated the token: its refresh token is never sent twice. */
class MalformedRefreshAnswerTest {

  private static final String LOC = "loc-malformed";
  private static final String REFRESH = "refresh-token-malformed-0001";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
  private final InMemoryTokenStore store = new InMemoryTokenStore(clock);
  private final List<ReauthorizationRequired> events = new CopyOnWriteArrayList<>();
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    IssuedTokens.record(REFRESH);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /** The one place that builds ghl-client's OAuth client for this test. */
  private static TokenRefresher refresherAgainst(String baseUrl) {
    return new OAuthClientRefresher(OAuthClient.builder().baseUrl(baseUrl)
        .clientId("client-id-malformed").clientSecret("client-secret-malformed").build());
  }

  @Test
  void twenty_calls_after_a_200_with_an_empty_access_token_present_the_refresh_token_at_most_once() {
    server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"\"}")));
    ManagedTokenSource source = ManagedTokenSource.builder().store(store).refresher(refresherAgainst(server.baseUrl()))
        .clock(clock).listener(events::add).build();
    source.install(new StoredToken(LOC, UserType.LOCATION, "access-expired-0001", clock.instant().minusSeconds(1),
        REFRESH, Set.of(), 0, clock.instant()));

    for (int i = 0; i < 20; i++) {
      ReauthorizationRequiredException e = assertThrows(ReauthorizationRequiredException.class,
          () -> source.accessToken(LOC));
      assertEquals(ReauthorizationReason.REFRESH_OUTCOME_UNKNOWN, e.reason());
      clock.advance(Duration.ofMinutes(1)); // past every re-check of the store
    }

    server.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")).withRequestBody(containing(REFRESH)));
    assertEquals(1, events.size(), "one re-authorization event");
    assertNull(store.find(LOC).orElseThrow().refreshToken(), "the possibly spent refresh token left the store");

    // A reinstall written by another replica is picked up from the store without another refresh.
    StoredToken reinstalled = new StoredToken(LOC, UserType.LOCATION, "access-new-0002",
        clock.instant().plus(Duration.ofDays(1)), "refresh-new-0002", Set.of(), 0, clock.instant());
    IssuedTokens.record("refresh-new-0002");
    store.compareAndSet(store.find(LOC).orElseThrow().version(), reinstalled);
    clock.advance(Duration.ofMinutes(1));
    assertEquals("access-new-0002", source.accessToken(LOC));
    server.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
  }
}
