package io.github.ghlplezi.ghl;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.InstalledLocationsQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every id-taking entry point rejects a blank or unsafe id with an exception naming the parameter,
 * and nothing reaches the server (the WireMock server answers every path, so a request that got
 * through would show up as a serve event).
 */
class ArgumentValidationTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  SocialPlanner sp;
  OAuthClient oauth;

  @BeforeEach
  void setUp() {
    GhlClient client = GhlClient.builder()
        .baseUrl(wm.baseUrl())
        .tokenSource(TokenSource.privateIntegrationToken("pit-11111111-2222-3333-4444-555555555555"))
        .build();
    sp = client.socialPlanner("Lx1EI6YIgQYMQi0ytFXv");
    oauth = OAuthClient.builder().settings(client.settings())
        .clientId("app-client").clientSecret("client-secret-value").build();
  }

  @AfterEach
  void nothing_was_sent() {
    assertEquals(0, wm.getAllServeEvents().size(), "a request reached the server");
  }

  private static void rejects(String parameter, Executable call) {
    GhlInvalidArgumentException e = assertThrows(GhlInvalidArgumentException.class, call);
    assertEquals(parameter, e.parameter());
  }

  @Test
  void social_planner_rejects_blank_or_unsafe_ids_before_any_request() {
    for (String bad : new String[] {null, "", "  ", "a/b", "a?b", "a#b", "a%2Fb"}) {
      rejects("postId", () -> sp.posts().get(bad));
      rejects("postId", () -> sp.posts().delete(bad));
      rejects("accountId", () -> sp.accounts().delete(bad, null, null));
      rejects("accountId", () -> sp.google().accounts(bad));
      rejects("accountId", () -> sp.facebook().accounts(bad));
      rejects("accountId", () -> sp.instagram().accounts(bad));
      rejects("accountId", () -> sp.linkedIn().accounts(bad));
      rejects("accountId", () -> sp.twitter().accounts(bad));
      rejects("accountId", () -> sp.tiktok().accounts(bad));
      rejects("csvId", () -> sp.csv().delete(bad));
      rejects("categoryId", () -> sp.categories().get(bad));
      rejects("tagIds", () -> sp.tags().byIds(Collections.singletonList(bad)));
    }
    // Bulk-delete ids travel in a JSON body, not a URL: only blank ones are refused.
    for (String blank : new String[] {null, "", "  "}) {
      rejects("postIds", () -> sp.posts().delete(Collections.singletonList(blank)));
    }
  }

  @Test
  void bulk_delete_rejects_no_ids_and_a_blank_id_anywhere_in_a_long_list_before_any_request() {
    rejects("postIds", () -> sp.posts().delete(List.<String>of()));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      ids.add("p" + i);
    }
    ids.add(" ");
    rejects("postIds", () -> sp.posts().delete(ids));
  }

  @Test
  void oauth_client_rejects_blank_codes_tokens_and_ids_before_any_request() {
    InstalledLocationsQuery query = InstalledLocationsQuery.builder().companyId("c1").appId("a1").build();
    for (String bad : new String[] {null, "", " "}) {
      rejects("code", () -> oauth.exchangeCode(bad));
      rejects("refreshToken", () -> oauth.refresh(bad, io.github.ghlplezi.ghl.model.UserType.LOCATION));
      rejects("agencyAccessToken", () -> oauth.locationToken(bad, "c1", "l1"));
      rejects("agencyAccessToken", () -> oauth.installedLocations(bad, query));
      rejects("agencyAccessToken", () -> oauth.streamInstalledLocations(bad, query));
    }
    rejects("companyId", () -> oauth.locationToken("agency-token", "c/1", "l1"));
    rejects("locationId", () -> oauth.locationToken("agency-token", "c1", " "));
  }
}
