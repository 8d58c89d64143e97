package io.github.ghlplezi.ghl.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class AuthorizationUrlTest {

  @Test
  void builds_the_v2_choose_location_url_with_space_separated_scopes_and_state() {
    AuthorizationUrl url = AuthorizationUrl.builder()
        .clientId("6578278e879ad2646715ba9c-abc")
        .redirectUri("https://app.example.com/oauth/callback?x=1")
        .addScopes("socialplanner/tag.readonly", "socialplanner/statistics.readonly", "socialplanner/tag.readonly")
        .state("csrf 1")
        .loginWindowOpenMode("self")
        .build();

    HttpUrl parsed = HttpUrl.get(url.toUri());
    assertEquals("marketplace.gohighlevel.com", parsed.host());
    assertEquals("/v2/oauth/chooselocation", parsed.encodedPath());
    assertEquals("code", parsed.queryParameter("response_type"));
    assertEquals("https://app.example.com/oauth/callback?x=1", parsed.queryParameter("redirect_uri"));
    assertEquals("6578278e879ad2646715ba9c-abc", parsed.queryParameter("client_id"));
    assertEquals("socialplanner/tag.readonly socialplanner/statistics.readonly", parsed.queryParameter("scope"));
    assertEquals("csrf 1", parsed.queryParameter("state"));
    assertEquals("self", parsed.queryParameter("loginWindowOpenMode"));
    assertEquals(2, url.scopes().size());
  }

  @Test
  void white_label_apps_use_the_leadconnector_marketplace_host() {
    AuthorizationUrl url = AuthorizationUrl.builder().whiteLabel().clientId("c").redirectUri("https://a.example/cb")
        .addScope("socialplanner/account.readonly").build();
    assertEquals("marketplace.leadconnectorhq.com", HttpUrl.get(url.toUri()).host());
  }

  @Test
  void refuses_to_build_without_client_redirect_or_scopes() {
    assertEquals("scopes", assertThrows(GhlInvalidArgumentException.class,
        () -> AuthorizationUrl.builder().clientId("c").redirectUri("https://a.example/cb").build()).parameter());
    assertEquals("redirectUri", assertThrows(GhlInvalidArgumentException.class,
        () -> AuthorizationUrl.builder().clientId("c").redirectUri("/relative")).parameter());
    assertEquals("clientId", assertThrows(GhlInvalidArgumentException.class,
        () -> AuthorizationUrl.builder().redirectUri("https://a.example/cb").addScope("x").build()).parameter());
    assertEquals("scopes", assertThrows(GhlInvalidArgumentException.class,
        () -> AuthorizationUrl.builder().addScope("two words")).parameter());
  }

  @Test
  void the_oauth_client_pre_fills_its_client_id_and_derives_the_app_id() {
    OAuthClient oauth = OAuthClient.builder().clientId("6578278e879ad2646715ba9c-abc").clientSecret("s3cr3t").build();
    assertEquals("6578278e879ad2646715ba9c", oauth.appId());
    assertEquals("6578278e879ad2646715ba9c-abc", HttpUrl.get(oauth.authorizationUrl().redirectUri("https://a.example/cb")
        .addScope("x").build().toUri()).queryParameter("client_id"));
    assertEquals(false, oauth.toString().contains("s3cr3t"));
  }
}
