package io.github.ghlplezi.ghl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.model.InstalledLocationsQuery;
import io.github.ghlplezi.ghl.model.TagQuery;
import io.github.ghlplezi.ghl.model.UserType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The one id rule (ASCII letters, digits, {@code _ - . :}, starting with a letter or digit, at most
 * 128 characters) and the limits on codes and tokens, enforced before any request and without
 * echoing the value.
 */
class IdRuleTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  static final List<String> HOSTILE_IDS = List.of(
      "..;", "abc;jsessionid=1", "abc;", ".", "..", ".hidden", "-x", "ab\uD800cd", "ab\uDC00", "caf\u00e9",
      "a b", "a\tb", "a\u0000b", "a/b", "a\\b", "a?b", "a#b", "a%2e", "a&b=c", "a+b", "a@b", "a'b", "x".repeat(129));

  GhlClient client() {
    return GhlClient.builder().baseUrl(wm.baseUrl()).tokenSource(TokenSource.privateIntegrationToken("pit-rule-0001"))
        .build();
  }

  static void refused(String parameter, Executable call, String value) {
    GhlInvalidArgumentException e = assertThrows(GhlInvalidArgumentException.class, call, value);
    assertEquals(parameter, e.parameter());
    if (value.length() > 1) {
      assertFalse(e.getMessage().contains(value), e.getMessage());
    }
  }

  @Test
  void hostile_ids_are_refused_before_any_request_naming_the_parameter() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    SocialPlanner sp = client().socialPlanner("Lx1EI6YIgQYMQi0ytFXv");
    OAuthClient oauth = oauthOf(client(), "app-client-1", "client-secret-1");
    for (String id : HOSTILE_IDS) {
      refused("locationId", () -> client().socialPlanner(id), id);
      refused("postId", () -> sp.posts().get(id), id);
      refused("accountId", () -> sp.accounts().delete(id, null, null), id);
      refused("accountId", () -> sp.google().accounts(id), id);
      refused("csvId", () -> sp.csv().delete(id), id);
      refused("categoryId", () -> sp.categories().get(id), id);
      refused("postIds", () -> sp.posts().delete(List.of(id)), id);
      refused("companyId", () -> oauth.locationToken("agency-token-1", id, "loc1"), id);
    }
    assertEquals(0, wm.getAllServeEvents().size(), "a request reached the server");
  }

  @Test
  void highlevel_shaped_ids_pass() {
    for (String id : List.of("Lx1EI6YIgQYMQi0ytFXv", "65f2d989a4f2f1e5322c3856", "u37swmmLbA02zgqKPpxITe2",
        "64b1c2d3e4f5a6b7c8d9e0f1_Lx1EI6YIgQYMQi0ytFXv_102938475610_page", "68a2fd84fab6670f45220ebf-megyp358",
        "4e7614ed-1c2b-4d3e-9f8a-7b6c5d4e3f2a", "v1.2", "urn:li:organization:1", "x".repeat(128))) {
      assertEquals(id, io.github.ghlplezi.ghl.internal.Validate.id("id", id));
    }
  }

  @Test
  void codes_tokens_and_free_text_with_control_characters_lone_surrogates_or_over_the_length_limit_are_refused() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    OAuthClient oauth = oauthOf(client(), "app-client-1", "client-secret-1");
    for (String secret : List.of("code-secret-value\r\nX-Injected: 1", "code-secret-value " + "y", "c\u00f6de-secret-value",
        "k".repeat(8193))) {
      refused("code", () -> oauth.exchangeCode(secret), secret);
      refused("refreshToken", () -> oauth.refresh(secret, UserType.LOCATION), secret);
      refused("agencyAccessToken", () -> oauth.locationToken(secret, "co1", "loc1"), secret);
      refused("clientSecret", () -> oauthOf(client(), "app-client-1", secret), secret);
      refused("privateIntegrationToken", () -> TokenSource.privateIntegrationToken(secret), secret);
    }
    refused("state", () -> io.github.ghlplezi.ghl.auth.AuthorizationUrl.builder().state("s".repeat(4097)), "s".repeat(4097));
    refused("redirectUri", () -> oauth.exchangeCode("code-1", "https://app.example/cb\r\nX: 1", null), "X: 1");
    refused("searchText", () -> TagQuery.builder().searchText("spring\uD83D").build(), "spring");
    refused("query", () -> InstalledLocationsQuery.builder().companyId("co1").appId("app1").query("q".repeat(4097)).build(),
        "q".repeat(4097));
    assertEquals(0, wm.getAllServeEvents().size(), "a request reached the server");
  }

  private static OAuthClient oauthOf(GhlClient client, String clientId, String clientSecret) {
    return OAuthClient.builder().settings(client.settings()).clientId(clientId).clientSecret(clientSecret).build();
  }
}
