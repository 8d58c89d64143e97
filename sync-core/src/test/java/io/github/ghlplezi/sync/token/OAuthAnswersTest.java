package io.github.ghlplezi.sync.token;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.model.UserType;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each answer of HighLevel's token endpoints becomes: a grant with its lifetime and scopes, a
 * permanent refusal, a failure worth retrying, or an answer whose outcome is unknown.
 */
class OAuthAnswersTest {

  private static final String COMPANY = "c0mpany1d0000000000a";
  private static final String LOCATION = "l0cat1on1d000000000b";

  private WireMockServer server;
  private OAuthClientRefresher refresher;
  private final String refreshToken = Tokens.random("rt");
  private final String agencyToken = Tokens.random("at");

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    refresher = new OAuthClientRefresher(OAuthClient.builder().baseUrl(server.baseUrl())
        .clientId("client-id-answers").clientSecret(Tokens.random("secret")).build());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void tokenAnswers(int status, String body) {
    server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private void mintAnswers(int status, String body) {
    server.stubFor(post(urlPathEqualTo("/oauth/locationToken")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private TokenGrant refresh() {
    return IssuedTokens.record(refresher.refresh(refreshToken, UserType.LOCATION));
  }

  private TokenGrant mint() {
    return IssuedTokens.record(refresher.mint(agencyToken, COMPANY, LOCATION));
  }

  @Test
  void a_grant_keeps_the_lifetime_given_and_each_scope_once() {
    String access = Tokens.random("at");
    tokenAnswers(200, "{\"access_token\":\"" + access + "\",\"expires_in\":3600,\"scope\":\"a.readonly  b.write \"}");
    TokenGrant g = refresh();
    assertEquals(Duration.ofHours(1), g.expiresIn());
    assertEquals(Set.of("a.readonly", "b.write"), g.scopes());
    assertEquals(access, g.accessToken());
  }

  @Test
  void a_grant_with_no_or_a_zero_lifetime_gets_highlevels_documented_day() {
    String access = Tokens.random("at");
    tokenAnswers(200, "{\"access_token\":\"" + access + "\",\"expires_in\":0}");
    assertEquals(Duration.ofSeconds(86399), refresh().expiresIn());
    tokenAnswers(200, "{\"access_token\":\"" + access + "\"}");
    assertEquals(Duration.ofSeconds(86399), refresh().expiresIn());
    tokenAnswers(200, "{\"access_token\":\"" + access + "\",\"expires_in\":1}");
    assertEquals(Duration.ofSeconds(1), refresh().expiresIn(), "one second is a lifetime, not a missing one");
  }

  @Test
  void minting_refused_with_400_403_or_422_is_permanent_and_other_failures_are_not() {
    for (int status : new int[] {400, 403, 422}) {
      mintAnswers(status, "{\"message\":\"This app is not installed on the location\"}");
      InvalidGrantException e = assertThrows(InvalidGrantException.class, this::mint, "status " + status);
      assertEquals(status, e.status());
    }
    for (int status : new int[] {401, 404, 500}) {
      mintAnswers(status, "{\"message\":\"Something else\"}");
      TokenRefreshException e = assertThrows(TokenRefreshException.class, this::mint, "status " + status);
      assertFalse(e instanceof InvalidGrantException || e instanceof RefreshOutcomeUnknownException, e.toString());
      assertEquals(status, e.status());
    }
  }

  @Test
  void a_refresh_refused_with_422_or_failing_with_500_may_be_tried_again() {
    for (int status : new int[] {422, 500}) {
      tokenAnswers(status, "{\"message\":\"Unprocessable\"}");
      TokenRefreshException e = assertThrows(TokenRefreshException.class, this::refresh, "status " + status);
      assertFalse(e instanceof InvalidGrantException || e instanceof RefreshOutcomeUnknownException, e.toString());
      assertEquals(status, e.status());
    }
  }

  @Test
  void an_unreadable_refresh_answer_leaves_the_refresh_token_in_doubt() {
    tokenAnswers(200, "this is not json");
    RefreshOutcomeUnknownException e = assertThrows(RefreshOutcomeUnknownException.class, this::refresh);
    assertTrue(e.getMessage().contains("unusable answer"), e.getMessage());
    assertFalse(e.getMessage().contains(refreshToken));
  }

  @Test
  void a_paused_location_is_reported_as_inactive() {
    mintAnswers(400, "{\"message\":\"Location is not active\"}");
    assertThrows(LocationInactiveException.class, this::mint);
  }

  @Test
  void the_refresher_names_its_client_and_no_secret() {
    String text = refresher.toString();
    assertTrue(text.startsWith("OAuthClientRefresher["), text);
    assertFalse(text.contains(refreshToken) || text.contains(agencyToken), text);
  }
}
