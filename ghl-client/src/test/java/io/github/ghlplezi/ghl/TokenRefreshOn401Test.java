package io.github.ghlplezi.ghl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ghlplezi.ghl.TokenSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import io.github.ghlplezi.ghl.support.ContractCheckExtension;
import io.github.ghlplezi.ghl.support.TestClients;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ContractCheckExtension.class)
class TokenRefreshOn401Test {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  static final String LOC = "loc-401";
  static final String PATH = "/social-media-posting/" + LOC + "/accounts";
  static final String OK_BODY = "{\"success\":true,\"statusCode\":200,\"message\":\"Fetched Accounts\",\"results\":{\"accounts\":[],\"groups\":[]}}";
  static final String UNAUTHORIZED = "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\",\"error\":\"Unauthorized\"}";

  /** Hands out token-1, token-2, ... and bumps the generation on every invalidate. */
  static final class RotatingSource implements TokenSource {
    final AtomicInteger generation = new AtomicInteger(1);
    final List<String> invalidated = new CopyOnWriteArrayList<>();

    @Override
    public String accessToken(String locationId) {
      return "token-" + generation.get();
    }

    @Override
    public void invalidate(String locationId, String rejectedAccessToken) {
      invalidated.add(locationId + ":" + rejectedAccessToken);
      generation.incrementAndGet();
    }
  }

  @Test
  void invalidates_the_rejected_token_and_retries_once_with_the_new_one() {
    wm.stubFor(get(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer token-1"))
        .willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));
    wm.stubFor(get(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer token-2"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(OK_BODY)));
    RotatingSource source = new RotatingSource();
    GhlClient client = GhlClient.builder().baseUrl(wm.baseUrl())
        .okHttpClient(TestClients.recording()).tokenSource(source).build();

    assertEquals(0, client.socialPlanner(LOC).accounts().list().accounts().size());

    assertEquals(List.of(LOC + ":token-1"), source.invalidated);
    wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void a_401_that_persists_after_one_refresh_is_thrown_without_a_third_attempt() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));
    RotatingSource source = new RotatingSource();
    GhlClient client = GhlClient.builder().baseUrl(wm.baseUrl())
        .okHttpClient(TestClients.recording()).tokenSource(source).build();

    GhlUnauthorizedException e = assertThrows(GhlUnauthorizedException.class, () -> client.socialPlanner(LOC).accounts().list());

    assertEquals(1, source.invalidated.size());
    wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    assertFalse(e.getMessage().contains("token-1"));
    assertFalse(e.getMessage().contains("token-2"));
    assertFalse(e.retriable());
  }

  @Test
  void a_failing_refresh_inside_invalidate_reaches_the_caller_unchanged() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401).withBody(UNAUTHORIZED)));
    TokenSource dying = new TokenSource() {
      @Override
      public String accessToken(String locationId) {
        return "token-x";
      }

      @Override
      public void invalidate(String locationId, String rejectedAccessToken) {
        throw new IllegalStateException("refresh token family lost for " + locationId);
      }
    };
    GhlClient client = GhlClient.builder().baseUrl(wm.baseUrl()).okHttpClient(TestClients.recording()).tokenSource(dying).build();

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.socialPlanner(LOC).accounts().list());

    assertEquals("refresh token family lost for " + LOC, e.getMessage());
    wm.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
  }
}
