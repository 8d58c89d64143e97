package io.github.ghlplezi.ghl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.UserType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link GhlClient#oauth(String, String)} hands its settings on to the OAuth client. */
class OAuthFromClientTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  @Test
  void a_token_of_the_other_class_than_the_requested_user_type_is_not_accepted_silently() {
    wm.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":86399,\"userId\":\"u\","
            + "\"userType\":\"Location\",\"locationId\":\"l1\"}")));
    OAuthClient oauth = OAuthClient.builder().baseUrl(wm.baseUrl())
        .clientId("6578278e879ad2646715ba9c-abc123").clientSecret("client-secret-value").build();

    GhlValidationException e = assertThrows(GhlValidationException.class,
        () -> oauth.exchangeCode("code-value", null, UserType.COMPANY));

    assertTrue(e.getMessage().contains("user_type Company"), e.getMessage());
    assertEquals(UserType.LOCATION, oauth.exchangeCode("code-value", null, UserType.LOCATION).userType().orElseThrow());
  }

  @Test
  void the_oauth_client_keeps_the_call_timeout_of_the_client_it_came_from() {
    wm.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse()
        .withStatus(200).withFixedDelay(5_000)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":86399,\"userId\":\"u\"}")));
    GhlClient client = GhlClient.builder()
        .baseUrl(wm.baseUrl())
        .tokenSource(TokenSource.privateIntegrationToken("pit-timeout-test"))
        .callTimeout(Duration.ofMillis(300))
        .build();
    OAuthClient oauth = OAuthClient.builder().settings(client.settings())
        .clientId("6578278e879ad2646715ba9c-abc123").clientSecret("client-secret-value").build();

    GhlTransportException e = assertThrows(GhlTransportException.class,
        () -> oauth.refresh("refresh-token-value", UserType.LOCATION));

    assertEquals(0, e.status());
  }
}
