package io.github.ghlplezi.sync.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.model.ImmutableOAuthTokens;
import io.github.ghlplezi.ghl.model.OAuthTokens;
import io.github.ghlplezi.ghl.model.UserType;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SandboxExtension;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class StoredTokenFromCodeExchangeTest {

  private static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");

  private static OAuthClient oauth(FakeGhl ghl) {
    IssuedTokens.record(ghl.oauthClientSecret());
    return OAuthClient.builder().baseUrl(ghl.baseUrl())
        .clientId(ghl.oauthClientId()).clientSecret(ghl.oauthClientSecret()).build();
  }

  private static OAuthTokens issued(OAuthTokens t) {
    IssuedTokens.record(t.accessToken());
    t.refreshToken().ifPresent(IssuedTokens::record);
    return t;
  }

  @Test
  void a_location_install_is_stored_under_its_location_and_serves_the_client_without_a_refresh(Sandbox sandbox) {
    FakeGhl ghl = sandbox.ghl();
    String location = ghl.locations().get(0).id();
    OAuthClient oauth = oauth(ghl);
    OAuthTokens exchanged = issued(oauth.exchangeCode(ghl.authorizationCode(location)));

    StoredToken token = StoredToken.fromCodeExchange(exchanged, NOW);

    assertEquals(location, token.id());
    assertEquals(UserType.LOCATION, token.userType());
    assertEquals(NOW.plus(Duration.ofSeconds(86399)), token.expiry().orElseThrow());
    assertEquals(exchanged.refreshToken(), token.refresh());
    assertTrue(token.scopes().contains("socialplanner/tag.readonly"), token.scopes().toString());
    assertEquals(0, token.version());

    ManagedTokenSource tokens = ManagedTokenSource.builder().store(new InMemoryTokenStore())
        .refresher(new OAuthClientRefresher(oauth)).clock(new MutableClock(NOW)).build();
    tokens.install(token);
    GhlClient client = GhlClient.builder().baseUrl(ghl.baseUrl()).tokenSource(tokens).build();
    assertEquals(ghl.activeTagNames(location).size(), client.socialPlanner(location).tags().stream().count());
    assertEquals(exchanged.accessToken(), tokens.accessToken(location));
  }

  @Test
  void an_agency_install_is_stored_under_its_company(Sandbox sandbox) {
    FakeGhl ghl = sandbox.ghl();
    ghl.approveConsentForCompany();
    OAuthTokens exchanged = issued(oauth(ghl).exchangeCode(ghl.companyAuthorizationCode()));

    StoredToken token = StoredToken.fromCodeExchange(exchanged, NOW);

    assertEquals(ghl.companyId(), token.id());
    assertEquals(UserType.COMPANY, token.userType());
  }

  @Test
  void a_location_answer_without_a_location_id_is_refused_naming_the_field() {
    OAuthTokens incomplete = ImmutableOAuthTokens.builder().accessToken("opaque-access")
        .userType(io.github.ghlplezi.ghl.model.UserType.LOCATION).build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoredToken.fromCodeExchange(incomplete, NOW));
    assertTrue(e.getMessage().startsWith("locationId:"), e.getMessage());
    assertTrue(!e.getMessage().contains("opaque-access"), e.getMessage());
  }
}
