package io.github.ghlplezi.ghl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.model.TagQuery;
import io.github.ghlplezi.ghl.model.UserType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * A vendor that echoes the request's credentials in its error body (message, error_description,
 * traceId, plain text) never gets them into an exception's message or vendor messages; vendor text
 * is bounded in count and length.
 */
class ExceptionRedactionTest {

  static final String PIT = "pit-5c1e0a9b-7d2f-4e3a-9b8c-1d2e3f4a5b6c";
  static final String CLIENT_SECRET = "cs_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
  static final String CODE = "code+7a6b/5c4d=3e2f1a0b";
  static final String REFRESH = "rt.eyJ-refresh-0123456789abcdef";
  static final String AGENCY = "agency-token-0123456789abcdef";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  GhlClient client() {
    return GhlClient.builder().baseUrl(wm.baseUrl()).tokenSource(TokenSource.privateIntegrationToken(PIT)).build();
  }

  OAuthClient oauth() {
    return oauthOf(client(), "app-client-1", CLIENT_SECRET);
  }

  /** Answers every request with this status and body. */
  static void answer(int status, String contentType, String body) {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
  }

  static GhlApiException fails(Executable call, String... secrets) {
    GhlApiException e = assertThrows(GhlApiException.class, call);
    String everything = e.getMessage() + "|" + e.vendorMessages() + "|" + e.vendorMessage() + "|" + e.traceId().orElse("")
        + "|" + e;
    for (String secret : secrets) {
      assertFalse(everything.contains(secret), "leaked " + secret + " in " + everything);
      assertFalse(everything.contains(URLEncoder.encode(secret, StandardCharsets.UTF_8)), "leaked encoded " + secret);
    }
    assertTrue(everything.contains("[REDACTED]"), everything);
    return e;
  }

  @Test
  void a_private_integration_token_echoed_in_messages_and_trace_id_is_masked() {
    answer(422, "application/json", "{\"statusCode\":422,\"message\":[\"token " + PIT + " lacks scope\",\"Bearer " + PIT
        + "\"],\"traceId\":\"" + PIT + "\"}");
    GhlApiException e = fails(() -> client().socialPlanner("loc1").tags().list(TagQuery.builder().build()), PIT);
    assertEquals(422, e.status());
    assertEquals(2, e.vendorMessages().size());
  }

  @Test
  void a_plain_text_error_page_echoing_the_token_is_masked_even_where_it_used_to_be_cut() {
    String page = "x".repeat(490) + "Authorization: " + PIT + " was refused";
    answer(403, "text/html", page);
    fails(() -> client().socialPlanner("loc1").tags().list(TagQuery.builder().build()), PIT, PIT.substring(0, 10));
  }

  @Test
  void client_secret_and_code_echoed_by_the_token_endpoint_are_masked() {
    answer(400, "application/json", "{\"error\":\"invalid_request\",\"error_description\":\"client_secret=" + CLIENT_SECRET
        + "&code=" + URLEncoder.encode(CODE, StandardCharsets.UTF_8) + " / raw code " + CODE + "\"}");
    fails(() -> oauth().exchangeCode(CODE), CLIENT_SECRET, CODE);
  }

  @Test
  void a_refresh_token_echoed_with_invalid_grant_is_masked_and_still_asks_for_reauthorization() {
    answer(400, "application/json", "{\"statusCode\":400,\"message\":\"Invalid grant: refresh token " + REFRESH
        + " is invalid\"}");
    GhlApiException e = fails(() -> oauth().refresh(REFRESH, UserType.LOCATION), REFRESH);
    assertTrue(e instanceof GhlReauthorizationRequiredException, e.getClass().getName());
  }

  @Test
  void an_agency_token_echoed_by_the_location_token_endpoint_is_masked() {
    answer(401, "application/json", "{\"statusCode\":401,\"message\":\"Invalid JWT " + AGENCY + "\"}");
    fails(() -> oauth().locationToken(AGENCY, "co1", "loc1"), AGENCY);
  }

  @Test
  void a_jwt_the_request_did_not_carry_is_masked_too() {
    String jwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJsb2NhdGlvbklkIjoibG9jMSJ9.c2lnbmF0dXJlLXZhbHVl";
    answer(400, "application/json", "{\"message\":\"stale token " + jwt + "\"}");
    fails(() -> client().socialPlanner("loc1").tags().list(TagQuery.builder().build()), jwt);
  }

  @Test
  void vendor_text_is_capped_in_count_and_length() {
    String many = "\"" + "m".repeat(5000) + "\"," + String.join(",", java.util.Collections.nCopies(499, "\"short\""));
    answer(422, "application/json", "{\"message\":[" + many + "],\"traceId\":\"" + "t".repeat(5000) + "\"}");
    GhlApiException e = assertThrows(GhlApiException.class,
        () -> client().socialPlanner("loc1").tags().list(TagQuery.builder().build()));
    List<String> messages = e.vendorMessages();
    assertEquals(GhlErrorDetails.MAX_VENDOR_MESSAGES, messages.size());
    assertTrue(messages.stream().allMatch(m -> m.length() <= GhlErrorDetails.MAX_VENDOR_MESSAGE_CHARS));
    assertTrue(e.traceId().orElseThrow().length() <= GhlErrorDetails.MAX_TRACE_ID_CHARS);
    assertTrue(e.getMessage().length() < 25_000, "message length " + e.getMessage().length());
  }

  private static OAuthClient oauthOf(GhlClient client, String clientId, String clientSecret) {
    return OAuthClient.builder().settings(client.settings()).clientId(clientId).clientSecret(clientSecret).build();
  }
}
