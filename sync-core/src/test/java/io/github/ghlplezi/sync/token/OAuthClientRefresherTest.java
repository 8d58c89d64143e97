package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.SandboxTokens;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SandboxExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class OAuthClientRefresherTest {

  private static OAuthClientRefresher adapter(FakeGhl ghl) {
    IssuedTokens.record(ghl.oauthClientSecret());
    return new OAuthClientRefresher(OAuthClient.builder().baseUrl(ghl.baseUrl())
        .clientId(ghl.oauthClientId()).clientSecret(ghl.oauthClientSecret()).build());
  }

  private static SandboxTokens issued(SandboxTokens t) {
    IssuedTokens.record(t.accessToken());
    IssuedTokens.record(t.refreshToken());
    return t;
  }

  @Test
  void refresh_returns_the_rotated_grant_and_a_reused_refresh_token_is_an_invalid_grant(Sandbox sandbox) {
    FakeGhl ghl = sandbox.ghl();
    OAuthClientRefresher adapter = adapter(ghl);
    SandboxTokens t = issued(ghl.issueLocationTokens(ghl.locations().get(1).id()));
    TokenGrant g = IssuedTokens.record(adapter.refresh(t.refreshToken(), UserType.LOCATION));
    assertNotEquals(t.refreshToken(), g.refreshToken());
    assertEquals(Duration.ofSeconds(86399), g.expiresIn());
    assertTrue(g.scopes().contains("socialplanner/tag.readonly"));
    InvalidGrantException e = assertThrows(InvalidGrantException.class,
        () -> adapter.refresh(t.refreshToken(), UserType.LOCATION));
    assertEquals(400, e.status());
    assertFalse(e.getMessage().contains(t.refreshToken()));
  }

  @Test
  void refresh_of_a_paused_location_is_location_inactive(Sandbox sandbox) {
    FakeGhl ghl = sandbox.ghl();
    String location = ghl.locations().get(2).id();
    SandboxTokens t = issued(ghl.issueLocationTokens(location));
    ghl.setLocationActive(location, false);
    try {
      assertThrows(LocationInactiveException.class, () -> adapter(ghl).refresh(t.refreshToken(), UserType.LOCATION));
    } finally {
      ghl.setLocationActive(location, true);
    }
  }

  @Test
  void minting_for_an_uninstalled_location_is_permanent_and_a_stale_agency_token_is_a_401(Sandbox sandbox) {
    FakeGhl ghl = sandbox.ghl();
    OAuthClientRefresher adapter = adapter(ghl);
    SandboxTokens company = issued(ghl.issueCompanyTokens());
    String location = ghl.locations().get(0).id();
    TokenGrant minted = IssuedTokens.record(adapter.mint(company.accessToken(), company.companyId(), location));
    assertNotEquals(company.accessToken(), minted.accessToken());

    String other = ghl.locations().get(1).id();
    ghl.uninstall(other);
    try {
      assertThrows(InvalidGrantException.class, () -> adapter.mint(company.accessToken(), company.companyId(), other));
    } finally {
      ghl.install(other);
    }
    ghl.expireAccessToken(company.accessToken());
    TokenRefreshException e = assertThrows(TokenRefreshException.class,
        () -> adapter.mint(company.accessToken(), company.companyId(), location));
    assertEquals(401, e.status());
  }
}
