package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GhlOAuthTest {
  private static final String REDIRECT = "https://app.example.com/oauth/callback";

  private Sandbox sandbox;
  private FakeGhl ghl;
  private Http http;
  private String loc;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    ghl = sandbox.ghl();
    http = Http.at(ghl.baseUrl());
    loc = ghl.locations().get(0).id();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private String codeFrom(Http.Response redirect) {
    assertEquals(302, redirect.status(), redirect.body());
    URI location = URI.create(redirect.header("Location"));
    assertTrue(location.toString().startsWith(REDIRECT + "?code="), location.toString());
    return location.getQuery().replaceAll("^code=([^&]+).*$", "$1");
  }

  private Http.Response consent(String path, String extra) {
    return http.get(path + "?response_type=code&client_id=" + Http.enc(ghl.oauthClientId())
        + "&redirect_uri=" + Http.enc(REDIRECT)
        + "&scope=" + Http.enc("socialplanner/tag.readonly socialplanner/account.readonly socialplanner/statistics.readonly")
        + extra);
  }

  private Map<String, String> grant(String type, String key, String value) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", ghl.oauthClientId());
    form.put("client_secret", ghl.oauthClientSecret());
    form.put("grant_type", type);
    form.put(key, value);
    return form;
  }

  private Http.Response exchange(String code) {
    return http.postForm("oauth/token", grant("authorization_code", "code", code));
  }

  private Http.Response refresh(String refreshToken) {
    Map<String, String> form = grant("refresh_token", "refresh_token", refreshToken);
    form.put("user_type", "Location");
    return http.postForm("oauth/token", form);
  }

  private Http.Response tags(String token, String location) {
    return Http.ghl(ghl.baseUrl(), token).get("social-media-posting/" + location + "/tags");
  }

  @Test
  void consent_redirects_with_a_code_on_the_v2_and_the_legacy_path_and_echoes_state() {
    Http.Response v2 = consent("v2/oauth/chooselocation", "&state=xyz%201");
    codeFrom(v2);
    assertTrue(v2.header("Location").endsWith("&state=xyz+1"), v2.header("Location"));
    codeFrom(consent("oauth/chooselocation", ""));
    assertEquals(2, ghl.counter("consents"));
  }

  @Test
  void consent_refuses_an_unknown_client_id_and_unknown_scopes() {
    Http.Response unknownClient = http.get("v2/oauth/chooselocation?response_type=code&client_id=nope&redirect_uri="
        + Http.enc(REDIRECT));
    assertEquals(400, unknownClient.status());
    assertTrue(unknownClient.body().contains("No integration found with the ID"));
    Http.Response unknownScope = http.get("v2/oauth/chooselocation?response_type=code&client_id="
        + Http.enc(ghl.oauthClientId()) + "&redirect_uri=" + Http.enc(REDIRECT) + "&scope=socialplanner/everything");
    assertEquals(400, unknownScope.status());
    assertTrue(unknownScope.body().contains("This integration cannot be added"));
  }

  @Test
  void exchanges_a_code_for_a_location_token_pair_with_the_documented_fields() throws Exception {
    String code = codeFrom(consent("v2/oauth/chooselocation", ""));
    Http.Response r = exchange(code);
    assertEquals(200, r.status(), r.body());
    JsonNode body = r.json();
    assertEquals("Bearer", body.get("token_type").asText());
    assertEquals(86399, body.get("expires_in").asLong());
    assertEquals("Location", body.get("userType").asText());
    assertEquals(loc, body.get("locationId").asText());
    assertEquals(ghl.companyId(), body.get("companyId").asText());
    assertTrue(body.get("scope").asText().contains("socialplanner/tag.readonly"));
    assertTrue(body.hasNonNull("userId") && body.hasNonNull("refreshTokenId") && body.has("isBulkInstallation"));
    String access = body.get("access_token").asText();
    assertEquals(3, access.split("\\.").length, "JWT-shaped");
    JsonNode claims = Http.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(access.split("\\.")[1]),
        java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("Location", claims.get("authClass").asText());
    assertEquals(200, tags(access, loc).status());
    assertEquals(1, ghl.codeExchangeCount());
  }

  @Test
  void rejects_a_reused_authorization_code_with_invalid_grant() {
    String code = codeFrom(consent("v2/oauth/chooselocation", ""));
    assertEquals(200, exchange(code).status());
    Http.Response again = exchange(code);
    assertEquals(400, again.status());
    assertEquals("Invalid grant: authorization code is invalid", again.json().get("message").asText());
  }

  @Test
  void rejects_an_authorization_code_older_than_ten_minutes() {
    String code = codeFrom(consent("v2/oauth/chooselocation", ""));
    sandbox.clock().advance(Duration.ofMinutes(10));
    assertEquals(400, exchange(code).status());
  }

  @Test
  void rotates_refresh_tokens_and_rejects_a_reused_one_with_invalid_grant() {
    JsonNode first = exchange(ghl.authorizationCode(loc)).json();
    String oldRefresh = first.get("refresh_token").asText();
    Http.Response refreshed = refresh(oldRefresh);
    assertEquals(200, refreshed.status(), refreshed.body());
    String newRefresh = refreshed.json().get("refresh_token").asText();
    assertNotEquals(oldRefresh, newRefresh);
    assertNotEquals(first.get("access_token").asText(), refreshed.json().get("access_token").asText());
    Http.Response reused = refresh(oldRefresh);
    assertEquals(400, reused.status());
    assertEquals("Invalid grant: refresh token is invalid", reused.json().get("message").asText());
    assertEquals(400, reused.json().get("statusCode").asInt());
    assertEquals(200, refresh(newRefresh).status());
    assertEquals(2, ghl.refreshCount());
    assertEquals(1, ghl.invalidGrantCount());
  }

  @Test
  void access_tokens_expire_after_86399_seconds_on_the_sandbox_clock() {
    SandboxTokens tokens = ghl.issueLocationTokens(loc);
    sandbox.clock().advance(Duration.ofSeconds(86398));
    assertEquals(200, tags(tokens.accessToken(), loc).status());
    sandbox.clock().advance(Duration.ofSeconds(1));
    Http.Response expired = tags(tokens.accessToken(), loc);
    assertEquals(401, expired.status());
    assertEquals("Invalid token: access token is invalid", expired.json().get("message").asText());
    assertEquals(200, refresh(tokens.refreshToken()).status(), "the refresh token outlives the access token");
  }

  @Test
  void expire_all_access_tokens_forces_a_401_that_a_refresh_repairs() {
    SandboxTokens tokens = ghl.issueLocationTokens(loc);
    assertEquals(1, ghl.expireAllAccessTokens());
    assertEquals(401, tags(tokens.accessToken(), loc).status());
    String fresh = refresh(tokens.refreshToken()).json().get("access_token").asText();
    assertEquals(200, tags(fresh, loc).status());
  }

  @Test
  void only_one_of_many_concurrent_refreshes_with_the_same_token_wins() throws Exception {
    SandboxTokens tokens = ghl.issueLocationTokens(loc);
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Callable<Integer> call = () -> {
        go.await();
        return refresh(tokens.refreshToken()).status();
      };
      results.add(pool.submit(call));
    }
    go.countDown();
    int ok = 0;
    int bad = 0;
    for (Future<Integer> f : results) {
      int s = f.get();
      ok += s == 200 ? 1 : 0;
      bad += s == 400 ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, ok);
    assertEquals(threads - 1, bad);
    assertEquals(1, ghl.refreshCount());
    assertEquals(threads - 1, ghl.invalidGrantCount());
  }

  @Test
  void token_endpoint_wants_form_encoding_and_names_missing_fields_in_a_422() {
    Http.Response json = http.postJson("oauth/token", "{\"grant_type\":\"refresh_token\"}");
    assertEquals(422, json.status());
    List<String> messages = new ArrayList<>();
    json.json().get("message").forEach(m -> messages.add(m.asText()));
    assertTrue(messages.contains("grant_type must be a valid enum value"), messages.toString());
    assertTrue(messages.contains("grant_type should not be empty"), messages.toString());
    assertEquals("Unprocessable Entity", json.json().get("error").asText());
    Map<String, String> badSecret = grant("authorization_code", "code", "x");
    badSecret.put("client_secret", "wrong");
    assertEquals(401, http.postForm("oauth/token", badSecret).status());
  }

  @Test
  void pauses_a_location_so_refresh_answers_location_not_active_and_the_same_token_works_again_later() {
    SandboxTokens tokens = ghl.issueLocationTokens(loc);
    ghl.setLocationActive(loc, false);
    Http.Response paused = refresh(tokens.refreshToken());
    assertEquals(400, paused.status());
    assertEquals("Location is not active", paused.json().get("message").asText());
    ghl.setLocationActive(loc, true);
    assertEquals(200, refresh(tokens.refreshToken()).status());
  }

  @Test
  void after_uninstall_calls_and_refreshes_for_the_location_fail() {
    SandboxTokens tokens = ghl.issueLocationTokens(loc);
    ghl.uninstall(loc);
    assertEquals(401, tags(tokens.accessToken(), loc).status());
    assertEquals(400, refresh(tokens.refreshToken()).status());
  }

  @Test
  void company_tokens_are_refused_on_social_planner_and_mint_location_tokens() {
    SandboxTokens company = ghl.issueCompanyTokens();
    assertEquals("Company", company.userType());
    Http.Response refused = tags(company.accessToken(), loc);
    assertEquals(401, refused.status());
    assertTrue(refused.json().get("message").asText().startsWith("This authClass type is not allowed to access this scope"));
    Http agency = Http.ghl(ghl.baseUrl(), company.accessToken());
    Http.Response minted = agency.postForm("oauth/locationToken", Map.of("companyId", ghl.companyId(), "locationId", loc));
    assertEquals(200, minted.status(), minted.body());
    JsonNode body = minted.json();
    assertEquals(loc, body.get("locationId").asText());
    assertEquals(86399, body.get("expires_in").asLong());
    assertTrue(body.hasNonNull("refresh_token"));
    assertEquals(ghl.appId(), body.get("appId").asText());
    assertEquals(200, tags(body.get("access_token").asText(), loc).status());
    assertEquals(1, ghl.counter("locationTokens"));
    assertEquals(422, agency.postForm("oauth/locationToken", Map.of("companyId", ghl.companyId())).status());
    assertEquals(401, agency.without("Version").postForm("oauth/locationToken",
        Map.of("companyId", ghl.companyId(), "locationId", loc)).status());
  }

  @Test
  void location_tokens_cannot_mint_location_tokens() {
    SandboxTokens location = ghl.issueLocationTokens(loc);
    Http.Response r = Http.ghl(ghl.baseUrl(), location.accessToken())
        .postForm("oauth/locationToken", Map.of("companyId", ghl.companyId(), "locationId", loc));
    assertEquals(401, r.status());
  }

  @Test
  void exchanges_a_company_consent_into_a_company_token_with_approved_locations() {
    ghl.approveConsentForCompany();
    JsonNode body = exchange(codeFrom(consent("v2/oauth/chooselocation", ""))).json();
    assertEquals("Company", body.get("userType").asText());
    assertEquals(ghl.locations().size(), body.get("approvedLocations").size());
    assertFalse(body.has("locationId"));
  }

  private Http.Response exchangeAs(String code, String userType) {
    Map<String, String> form = grant("authorization_code", "code", code);
    form.put("user_type", userType);
    return http.postForm("oauth/token", form);
  }

  @Test
  void honours_user_type_company_for_a_company_consent() {
    ghl.approveConsentForCompany();
    Http.Response r = exchangeAs(codeFrom(consent("v2/oauth/chooselocation", "")), "Company");
    assertEquals(200, r.status(), r.body());
    assertEquals("Company", r.json().get("userType").asText());
    assertEquals(ghl.companyId(), r.json().get("companyId").asText());
    assertFalse(r.json().has("locationId"));
  }

  @Test
  void refuses_user_type_company_for_a_location_consent_without_spending_the_code() {
    String code = codeFrom(consent("v2/oauth/chooselocation", ""));
    Http.Response refused = exchangeAs(code, "Company");
    assertEquals(400, refused.status(), refused.body());
    assertEquals("Invalid parameter: user_type", refused.json().get("message").asText());
    Http.Response location = exchangeAs(code, "Location");
    assertEquals(200, location.status(), location.body());
    assertEquals(loc, location.json().get("locationId").asText());
  }

  @Test
  void refuses_user_type_location_for_a_company_consent_and_on_a_company_refresh() {
    ghl.approveConsentForCompany();
    String code = codeFrom(consent("v2/oauth/chooselocation", ""));
    assertEquals(400, exchangeAs(code, "Location").status());
    JsonNode company = exchange(code).json();
    assertEquals("Company", company.get("userType").asText());
    Http.Response refused = refresh(company.get("refresh_token").asText());
    assertEquals(400, refused.status(), refused.body());
    assertEquals("Invalid parameter: user_type", refused.json().get("message").asText());
  }

  @Test
  void lists_installed_locations_for_an_agency_token() {
    SandboxTokens company = ghl.issueCompanyTokens();
    ghl.uninstall(ghl.locations().get(2).id());
    Http agency = Http.ghl(ghl.baseUrl(), company.accessToken());
    Http.Response r = agency.get("oauth/installedLocations?companyId=" + ghl.companyId() + "&appId=" + ghl.appId()
        + "&isInstalled=true&skip=0&limit=20");
    assertEquals(200, r.status(), r.body());
    JsonNode body = r.json();
    assertEquals(2, body.get("locations").size());
    assertEquals(ghl.locations().size(), body.get("count").asInt());
    assertTrue(body.at("/locations/0/isInstalled").asBoolean());
    assertTrue(body.at("/locations/0/_id").isTextual());
    assertEquals(422, agency.get("oauth/installedLocations?companyId=" + ghl.companyId()).status());
    assertEquals(401, Http.ghl(ghl.baseUrl(), ghl.privateIntegrationToken(loc))
        .get("oauth/installedLocations?companyId=" + ghl.companyId() + "&appId=" + ghl.appId()).status());
  }

  @Test
  void rotated_pit_keeps_the_old_token_valid_for_the_overlap_window() {
    String old = ghl.privateIntegrationToken(loc);
    String fresh = ghl.rotatePrivateIntegrationToken(loc);
    assertEquals(fresh, ghl.privateIntegrationToken(loc));
    assertEquals(200, tags(old, loc).status());
    assertEquals(200, tags(fresh, loc).status());
    sandbox.clock().advance(Duration.ofDays(7));
    assertEquals(401, tags(old, loc).status());
    assertEquals(200, tags(fresh, loc).status(), "a PIT never expires by itself");
  }

  @Test
  void revoked_or_rotated_now_pits_stop_working_at_once() {
    String old = ghl.privateIntegrationToken(loc);
    String fresh = ghl.rotatePrivateIntegrationToken(loc, Duration.ZERO);
    assertEquals(401, tags(old, loc).status());
    ghl.revokePrivateIntegrationToken(fresh);
    assertEquals(401, tags(fresh, loc).status());
  }

  @Test
  void refuses_a_pit_without_the_scope_and_an_agency_pit() {
    String noTags = ghl.createPrivateIntegrationToken(loc, Set.of("socialplanner/account.readonly"));
    Http.Response r = tags(noTags, loc);
    assertEquals(401, r.status());
    assertEquals("The token is not authorized for this scope.", r.json().get("message").asText());
    assertEquals(200, Http.ghl(ghl.baseUrl(), noTags).get("social-media-posting/" + loc + "/accounts").status());
    Http.Response agency = tags(ghl.createAgencyPrivateIntegrationToken(), loc);
    assertEquals(401, agency.status());
    assertEquals("Token's user type mismatch!", agency.json().get("message").asText());
  }

  @Test
  void the_removed_reconnect_endpoint_answers_400() {
    Http.Response r = http.postForm("oauth/reconnect", Map.of("clientKey", "x"));
    assertEquals(400, r.status());
    assertEquals("API endpoint has been removed", r.json().get("message").asText());
  }
}
