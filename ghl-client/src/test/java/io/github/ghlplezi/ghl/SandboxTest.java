package io.github.ghlplezi.ghl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.auth.AuthorizationUrl;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.StaticOAuthTokenSource;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.AccountsList;
import io.github.ghlplezi.ghl.model.InstalledLocation;
import io.github.ghlplezi.ghl.model.InstalledLocationsQuery;
import io.github.ghlplezi.ghl.model.LocationToken;
import io.github.ghlplezi.ghl.model.OAuthTokens;
import io.github.ghlplezi.ghl.model.SocialAccount;
import io.github.ghlplezi.ghl.model.SocialStatistics;
import io.github.ghlplezi.ghl.model.StatisticsRequest;
import io.github.ghlplezi.ghl.model.Tag;
import io.github.ghlplezi.ghl.model.TagQuery;
import io.github.ghlplezi.ghl.model.UserType;
import io.github.ghlplezi.ghl.support.ContractCheckExtension;
import io.github.ghlplezi.ghl.support.TestClients;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SandboxExtension;
import io.github.ghlplezi.testkit.SeededLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({SandboxExtension.class, ContractCheckExtension.class})
class SandboxTest {

  static GhlClient pitClient(FakeGhl ghl, String locationId) {
    return GhlClient.builder()
        .baseUrl(ghl.baseUrl())
        .okHttpClient(TestClients.recording())
        .tokenSource(TokenSource.privateIntegrationToken(ghl.privateIntegrationToken(locationId)))
        .build();
  }

  static OAuthClient oauth(FakeGhl ghl) {
    return OAuthClient.builder()
        .baseUrl(ghl.baseUrl())
        .okHttpClient(TestClients.recording())
        .clientId(ghl.oauthClientId())
        .clientSecret(ghl.oauthClientSecret())
        .build();
  }

  @Test
  void streams_every_active_tag_of_every_seeded_location_with_a_private_integration_token(FakeGhl ghl) {
    assertTrue(ghl.locations().size() >= 3);
    for (SeededLocation loc : ghl.locations()) {
      List<String> names = pitClient(ghl, loc.id()).socialPlanner(loc.id())
          .tags().stream(TagQuery.builder().limit(7).build())
          .map(Tag::name)
          .collect(Collectors.toList());
      assertEquals(ghl.activeTagNames(loc.id()), names, loc.name());
    }
  }

  @Test
  void sees_added_renamed_and_deleted_tags_and_reads_them_by_id(FakeGhl ghl) {
    String loc = ghl.locations().get(1).id();
    String added = ghl.addTag(loc, "Black Friday 2026");
    String renamed = ghl.addTag(loc, "Old name");
    ghl.renameTag(loc, renamed, "New name");
    String deleted = ghl.addTag(loc, "Short lived");
    ghl.deleteTag(loc, deleted);
    SocialPlanner sp = pitClient(ghl, loc).socialPlanner(loc);

    List<String> streamed = sp.tags().stream().map(Tag::name).collect(Collectors.toList());
    assertTrue(streamed.contains("Black Friday 2026"));
    assertTrue(streamed.contains("New name"));
    assertFalse(streamed.contains("Short lived"));

    List<Tag> byId = sp.tags().byIds(List.of(renamed, added)).tags();
    assertEquals(List.of(renamed, added), byId.stream().map(Tag::id).collect(Collectors.toList()));
    assertEquals("New name", byId.get(0).name());
    assertEquals(Optional.of(loc), byId.get(1).locationId());
  }

  @Test
  void creates_edits_clears_and_bulk_deletes_posts_in_the_sandbox_50_ids_per_request(FakeGhl ghl) {
    String loc = ghl.locations().get(0).id();
    SocialPlanner sp = pitClient(ghl, loc).socialPlanner(loc);
    String account = sp.accounts().list().accounts().get(0).id();
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add(sp.posts().create(io.github.ghlplezi.ghl.model.PostRequest.builder()
          .type(io.github.ghlplezi.ghl.model.PostType.POST).addAccountIds(account).summary("post " + i)
          .addTags("spring").userId("u1").build()).id());
    }
    assertEquals(60, new java.util.HashSet<>(ids).size());

    sp.posts().edit(ids.get(0), io.github.ghlplezi.ghl.model.PostRequest.builder()
        .type(io.github.ghlplezi.ghl.model.PostType.POST).addAccountIds(account).summary("").userId("u1").build());
    io.github.ghlplezi.ghl.model.Post edited = sp.posts().get(ids.get(0));
    assertEquals(Optional.of(""), edited.summary());
    assertEquals(List.of(), edited.tags());

    List<String> toDelete = new java.util.ArrayList<>(ids);
    toDelete.add(ids.get(0));
    BulkDeleteReport report = sp.posts().delete(toDelete);

    assertEquals(2, report.requests());
    assertTrue(report.allAccepted(), () -> report.failed().values().iterator().next().getMessage());
    assertEquals(60, report.deletedCount());
    assertTrue(report.allAccepted());
    assertEquals(ids, report.accepted());
    assertThrows(GhlNotFoundException.class, () -> sp.posts().get(ids.get(59)));
  }

  @Test
  void reads_statistics_for_the_profile_ids_of_the_connected_accounts(FakeGhl ghl) {
    String loc = ghl.locations().get(0).id();
    List<RateLimitEvent> events = new CopyOnWriteArrayList<>();
    GhlClient client = GhlClient.builder()
        .baseUrl(ghl.baseUrl())
        .okHttpClient(TestClients.recording())
        .tokenSource(TokenSource.privateIntegrationToken(ghl.privateIntegrationToken(loc)))
        .rateLimitListener(events::add)
        .build();
    SocialPlanner sp = client.socialPlanner(loc);

    AccountsList accounts = sp.accounts().list();
    List<String> profileIds = accounts.accounts().stream().map(SocialAccount::profileId)
        .flatMap(Optional::stream).distinct().collect(Collectors.toList());
    assertFalse(profileIds.isEmpty());
    SocialStatistics stats = sp.statistics().get(StatisticsRequest.builder().addAllProfileIds(profileIds).build());

    assertEquals(7, stats.dayRange().size());
    assertTrue(stats.traceId().isPresent());
    assertEquals(2, events.size());
    assertTrue(events.stream().allMatch(e -> e.locationId().equals(Optional.of(loc))));
    assertTrue(events.get(1).info().intervalRemaining().getAsLong() < events.get(0).info().intervalRemaining().getAsLong());
    assertEquals(events.get(1).info(), client.lastRateLimit(loc).orElseThrow());
  }

  @Test
  void installs_through_the_consent_url_exchanges_the_code_and_rotates_refresh_tokens(FakeGhl ghl) throws Exception {
    String loc = ghl.locations().get(2).id();
    ghl.approveConsentForLocation(loc);
    OAuthClient oauth = oauth(ghl);
    AuthorizationUrl url = oauth.authorizationUrl()
        .host(ghl.consentBaseUrl())
        .redirectUri("https://app.example.com/oauth/callback")
        .addScopes("socialplanner/tag.readonly", "socialplanner/account.readonly")
        .state("s-123")
        .build();

    String redirect;
    try (Response consent = new OkHttpClient.Builder().followRedirects(false).build()
        .newCall(new Request.Builder().url(url.toUri().toString()).build()).execute()) {
      assertEquals(302, consent.code());
      redirect = consent.header("Location");
    }
    String code = HttpUrl.get(redirect).queryParameter("code");

    OAuthTokens first = oauth.exchangeCode(code, "https://app.example.com/oauth/callback", UserType.LOCATION);
    assertEquals(UserType.LOCATION, first.userType().orElseThrow());
    assertEquals(loc, first.locationId().orElseThrow());
    assertFalse(first.toString().contains(first.accessToken()));

    GhlClient client = GhlClient.builder().baseUrl(ghl.baseUrl()).okHttpClient(TestClients.recording())
        .tokenSource(StaticOAuthTokenSource.create().put(loc, first.accessToken())).build();
    assertEquals(ghl.activeTagNames(loc).size(), client.socialPlanner(loc).tags().stream().count());

    OAuthTokens second = oauth.refresh(first.refreshToken().orElseThrow(), UserType.LOCATION);
    assertNotEquals(first.refreshToken(), second.refreshToken());

    GhlReauthorizationRequiredException reuse = assertThrows(GhlReauthorizationRequiredException.class,
        () -> oauth.refresh(first.refreshToken().orElseThrow(), UserType.LOCATION));
    assertEquals("/oauth/token", reuse.pathTemplate());
    assertTrue(reuse.getMessage().contains("Re-authorization required"));
    assertFalse(reuse.getMessage().contains(first.refreshToken().orElseThrow()));
    assertFalse(reuse.getMessage().contains(ghl.oauthClientSecret()));

    assertThrows(GhlReauthorizationRequiredException.class, () -> oauth.exchangeCode(code));
  }

  @Test
  void a_company_user_type_for_a_location_consent_is_refused_with_a_typed_exception_and_the_code_kept(FakeGhl ghl) {
    OAuthClient oauth = oauth(ghl);
    String loc = ghl.locations().get(0).id();
    ghl.approveConsentForLocation(loc);
    String code = ghl.authorizationCode(loc);
    GhlValidationException e = assertThrows(GhlValidationException.class,
        () -> oauth.exchangeCode(code, null, UserType.COMPANY));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("user_type"), e.getMessage());
    OAuthTokens location = oauth.exchangeCode(code, null, UserType.LOCATION);
    assertEquals(UserType.LOCATION, location.userType().orElseThrow());
    assertEquals(Optional.of(loc), location.locationId());
  }

  @Test
  void an_agency_token_mints_location_tokens_and_lists_installed_locations(FakeGhl ghl) {
    OAuthClient oauth = oauth(ghl);
    ghl.approveConsentForCompany();
    OAuthTokens company = oauth.exchangeCode(ghl.companyAuthorizationCode(), null, UserType.COMPANY);
    assertEquals(UserType.COMPANY, company.userType().orElseThrow());
    String agencyToken = company.accessToken();

    List<InstalledLocation> installed = oauth.streamInstalledLocations(agencyToken, InstalledLocationsQuery.builder()
        .companyId(ghl.companyId()).appId(oauth.appId()).limit(2).build()).collect(Collectors.toList());
    assertTrue(installed.stream().map(InstalledLocation::id).collect(Collectors.toList())
        .containsAll(ghl.locations().stream().map(SeededLocation::id).collect(Collectors.toList())));

    String loc = ghl.locations().get(0).id();
    LocationToken minted = oauth.locationToken(agencyToken, ghl.companyId(), loc);
    assertEquals(loc, minted.locationId().orElseThrow());
    GhlClient client = GhlClient.builder().baseUrl(ghl.baseUrl()).okHttpClient(TestClients.recording())
        .tokenSource(TokenSource.staticOAuth(minted.accessToken())).build();
    assertFalse(client.socialPlanner(loc).accounts().list().accounts().isEmpty());
  }

  @Test
  void an_expired_access_token_is_invalidated_refreshed_and_the_call_retried_once(Sandbox sandbox) {
    FakeGhl ghl = sandbox.ghl();
    String loc = ghl.locations().get(0).id();
    OAuthClient oauth = oauth(ghl);
    ghl.approveConsentForLocation(loc);
    AtomicReference<OAuthTokens> current = new AtomicReference<>(oauth.exchangeCode(ghl.authorizationCode(loc)));
    List<String> invalidated = new ArrayList<>();
    TokenSource refreshing = new TokenSource() {
      @Override
      public String accessToken(String locationId) {
        return current.get().accessToken();
      }

      @Override
      public void invalidate(String locationId, String rejectedAccessToken) {
        invalidated.add(locationId);
        current.set(oauth.refresh(current.get().refreshToken().orElseThrow(), UserType.LOCATION));
      }
    };
    GhlClient client = GhlClient.builder().baseUrl(ghl.baseUrl()).okHttpClient(TestClients.recording())
        .tokenSource(refreshing).build();
    client.socialPlanner(loc).accounts().list();
    assertEquals(List.of(), invalidated);

    assertTrue(ghl.expireAllAccessTokens() >= 1);
    client.socialPlanner(loc).accounts().list();

    assertEquals(List.of(loc), invalidated);
  }
}
