package io.github.ghlplezi.ghl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.*;
import io.github.ghlplezi.ghl.support.ContractCheckExtension;
import io.github.ghlplezi.ghl.support.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calls every operation of both specifications once through the public API against WireMock
 * answering with spec-valid bodies; the {@link ContractCheckExtension} validates each request
 * and response against the OpenAPI files.
 */
@ExtendWith(ContractCheckExtension.class)
class AllOperationsContractTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  static final String L = "ve9EPM428h8vShlRW1KT";
  static final String SP = "/social-media-posting/";
  static final String POST_JSON = "{\"_id\":\"61bb16833b3f2791f9715be2\",\"source\":\"composer\",\"locationId\":\"" + L
      + "\",\"platform\":\"facebook\",\"error\":\"\",\"type\":\"post\",\"status\":\"published\",\"accountIds\":[\"a1\"],"
      + "\"summary\":\"Hello\",\"tags\":[\"65fbdcfecc884f07e645ea8b\"],\"media\":[{\"url\":\"https://cdn.example.com/a.png\",\"type\":\"image/png\"}],"
      + "\"createdAt\":\"2024-01-22T05:32:49.463Z\"}";
  static final String ACCOUNT_JSON = "{\"_id\":\"65f2d989a4f2f1e5322c3856\",\"platform\":\"facebook\",\"type\":\"page\",\"name\":\"Shop\","
      + "\"active\":true,\"deleted\":false,\"createdAt\":\"2024-03-14T11:03:37.015Z\"}";

  final Map<String, String> stubIdsByOperation = new LinkedHashMap<>();

  static String env(int status, String results) {
    return "{\"success\":true,\"statusCode\":" + status + ",\"message\":\"OK\"" + (results == null ? "" : ",\"results\":" + results) + "}";
  }

  void stub(String operationId, String method, String path, int status, String body) {
    UUID id = UUID.randomUUID();
    var response = aResponse().withStatus(status);
    if (body != null) {
      response.withHeader("Content-Type", "application/json").withBody(body);
    }
    StubMapping mapping = wm.stubFor(request(method, urlPathEqualTo(path)).withId(id).willReturn(response));
    stubIdsByOperation.put(operationId, mapping.getId().toString());
  }

  @Test
  void every_operation_of_both_specifications_sends_a_request_the_specification_accepts() {
    GhlClient client = GhlClient.builder().baseUrl(wm.baseUrl()).okHttpClient(TestClients.recording())
        .tokenSource(TokenSource.privateIntegrationToken("pit-test")).build();
    SocialPlanner sp = client.socialPlanner(L);
    OAuthClient oauth = OAuthClient.builder().settings(client.settings())
        .clientId("6578278e879ad2646715ba9c-abc123").clientSecret("secret-value").build();
    String acc = "aF3KhyL8JIuBwzK3m7Ly";
    StartSocialOAuthRequest start = StartSocialOAuthRequest.builder().userId("u1").page("settings").reconnect(false).build();

    for (String platform : List.of("google", "facebook", "instagram", "linkedin", "twitter", "tiktok", "tiktok-business")) {
      stub("start-" + platform + "-oauth", "GET", SP + "oauth/" + platform + "/start", 200, null);
    }
    stub("get-google-locations", "GET", SP + "oauth/" + L + "/google/locations/" + acc, 200,
        env(200, "{\"locations\":{\"location\":{\"name\":\"locations/1\",\"title\":\"Shop\",\"isVerified\":true},\"account\":{\"name\":\"accounts/1\"}}}"));
    stub("set-google-locations", "POST", SP + "oauth/" + L + "/google/locations/" + acc, 201, env(201, ACCOUNT_JSON));
    stub("get-posts", "POST", SP + L + "/posts/list", 201, env(201, "{\"posts\":[" + POST_JSON + "],\"count\":1}"));
    stub("create-post", "POST", SP + L + "/posts", 201, env(201, "{\"post\":" + POST_JSON + "}"));
    stub("get-post", "GET", SP + L + "/posts/p1", 200, env(200, "{\"post\":" + POST_JSON + "}"));
    stub("edit-post", "PUT", SP + L + "/posts/p1", 200, env(200, null));
    stub("delete-post", "DELETE", SP + L + "/posts/p1", 200, env(200, "{\"postId\":\"p1\"}"));
    stub("bulk-delete-social-planner-posts", "POST", SP + L + "/posts/bulk-delete", 201,
        env(201, "{\"message\":\"Posts deleted successfully\",\"deletedCount\":2}"));
    stub("get-account", "GET", SP + L + "/accounts", 200, env(200, "{\"accounts\":[{\"id\":\"a1\",\"profileId\":\"pr1\",\"platform\":\"facebook\"}],\"groups\":[]}"));
    stub("delete-account", "DELETE", SP + L + "/accounts/a1", 200, env(200, "{\"locationId\":\"" + L + "\",\"id\":\"a1\"}"));
    stub("get-facebook-page-group", "GET", SP + "oauth/" + L + "/facebook/accounts/" + acc, 200,
        env(200, "{\"pages\":[{\"id\":\"fb1\",\"name\":\"Shop\",\"isOwned\":true,\"isConnected\":false}]}"));
    stub("attach-facebook-page-group", "POST", SP + "oauth/" + L + "/facebook/accounts/" + acc, 201, env(201, ACCOUNT_JSON));
    stub("get-instagram-page-group", "GET", SP + "oauth/" + L + "/instagram/accounts/" + acc, 200,
        env(200, "{\"accounts\":[{\"id\":\"ig1\",\"pageId\":\"fb1\",\"isConnected\":false}]}"));
    stub("attach-instagram-page-group", "POST", SP + "oauth/" + L + "/instagram/accounts/" + acc, 201, env(201, ACCOUNT_JSON));
    stub("get-linkedin-page-profile", "GET", SP + "oauth/" + L + "/linkedin/accounts/" + acc, 200,
        env(200, "{\"pages\":[{\"id\":\"li1\",\"urn\":\"urn:li:organization:1\"}],\"profile\":[]}"));
    stub("attach-linkedin-page-profile", "POST", SP + "oauth/" + L + "/linkedin/accounts/" + acc, 201, env(201, ACCOUNT_JSON));
    stub("get-twitter-profile", "GET", SP + "oauth/" + L + "/twitter/accounts/" + acc, 200,
        env(200, "{\"profile\":[{\"id\":\"tw1\",\"username\":\"shop\",\"protected\":false}]}"));
    stub("attach-twitter-profile", "POST", SP + "oauth/" + L + "/twitter/accounts/" + acc, 201, env(201, ACCOUNT_JSON));
    stub("upload-csv", "POST", SP + L + "/csv", 201, env(201, "{\"filePath\":\"uploads/posts.csv\",\"rowsCount\":2,\"fileName\":\"posts.csv\"}"));
    stub("get-upload-status", "GET", SP + L + "/csv", 200,
        env(200, "{\"csvs\":{\"_id\":\"c1\",\"status\":\"completed\",\"count\":2,\"createdAt\":\"2023-08-02T00:00:00.000Z\"},\"count\":1}"));
    stub("set-accounts", "POST", SP + L + "/set-accounts", 201, env(201, null));
    stub("get-csv-post", "GET", SP + L + "/csv/c1", 200,
        env(200, "{\"csv\":{\"_id\":\"c1\",\"status\":\"in_review\"},\"count\":1,\"posts\":[{\"accountIds\":[\"a1\"],\"summary\":\"Row 1\",\"type\":\"post\",\"medias\":[{\"url\":\"https://cdn.example.com/b.png\",\"width\":100}]}]}"));
    stub("start-csv-finalize", "PATCH", SP + L + "/csv/c1", 200, env(200, null));
    stub("delete-csv", "DELETE", SP + L + "/csv/c1", 200, env(200, "{\"csv\":{\"fileName\":\"posts.csv\",\"status\":\"deleted\"}}"));
    stub("delete-csv-post", "DELETE", SP + L + "/csv/c1/post/p2", 200, env(200, "{\"postId\":\"p2\"}"));
    stub("get-tiktok-profile", "GET", SP + "oauth/" + L + "/tiktok/accounts/" + acc, 200,
        env(200, "{\"profile\":[{\"id\":\"tt1\",\"type\":\"profile\",\"verified\":false}]}"));
    stub("attach-tiktok-profile", "POST", SP + "oauth/" + L + "/tiktok/accounts/" + acc, 201, env(201, ACCOUNT_JSON));
    stub("get-tiktok-business-profile", "GET", SP + "oauth/" + L + "/tiktok-business/accounts/" + acc, 200,
        env(200, "{\"profile\":[{\"id\":\"tb1\",\"type\":\"BUSINESS\"}]}"));
    stub("get-categories-location-id", "GET", SP + L + "/categories", 200,
        env(200, "{\"count\":1,\"categories\":[{\"_id\":\"cat1\",\"name\":\"News\",\"deleted\":false}]}"));
    stub("get-categories-id", "GET", SP + L + "/categories/cat1", 200, env(200, "{\"category\":{\"_id\":\"cat1\",\"name\":\"News\",\"deleted\":false}}"));
    stub("get-tags-location-id", "GET", SP + L + "/tags", 200,
        env(200, "{\"tags\":[{\"_id\":\"65fbdcfecc884f07e645ea8b\",\"tag\":\"Promo\",\"deleted\":false}],\"count\":1}"));
    stub("get-tags-by-ids", "POST", SP + L + "/tags/details", 201,
        env(201, "{\"tags\":[{\"_id\":\"65fbdcfecc884f07e645ea8b\",\"tag\":\"Promo\",\"deleted\":false}],\"count\":1}"));
    stub("get-social-media-statistics", "POST", SP + "statistics", 201,
        "{\"results\":{\"dayRange\":[\"Mon\"],\"totals\":{\"posts\":1}},\"message\":\"Analytics Built Successfully\",\"traceId\":\"t1\"}");
    stub("get-access-token", "POST", "/oauth/token", 200,
        "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":86399,\"refresh_token\":\"rt\",\"scope\":\"socialplanner/tag.readonly\","
            + "\"userType\":\"Location\",\"locationId\":\"" + L + "\",\"companyId\":\"co1\",\"userId\":\"u1\"}");
    stub("get-location-access-token", "POST", "/oauth/locationToken", 200,
        "{\"access_token\":\"lt\",\"token_type\":\"Bearer\",\"expires_in\":86399,\"locationId\":\"" + L + "\",\"userId\":\"u1\"}");
    stub("get-installed-location", "GET", "/oauth/installedLocations", 200,
        "{\"locations\":[{\"_id\":\"" + L + "\",\"name\":\"Shop\",\"address\":\"1 Main St\",\"isInstalled\":true}],\"count\":1,\"installToFutureLocations\":false}");

    // ---- Social Planner: connecting accounts
    assertEquals(200, sp.google().start(start).status());
    sp.facebook().start(start);
    sp.instagram().start(start);
    sp.linkedIn().start(start);
    sp.twitter().start(start);
    sp.tiktok().start(start);
    sp.tiktokBusiness().start(StartSocialOAuthRequest.builder().userId("u1").build());
    assertEquals("Shop", sp.google().accounts(acc).locations().get(0).location().orElseThrow().title().orElseThrow());
    GoogleLocationEntry gmb = sp.google().accounts(acc).locations().get(0);
    assertEquals("65f2d989a4f2f1e5322c3856", sp.google().attach(acc, AttachGoogleLocationRequest.builder()
        .location(gmb.location().orElseThrow()).account(gmb.account().orElseThrow()).companyId("co1").build()).id());
    assertEquals("fb1", sp.facebook().accounts(acc).pages().get(0).id().orElseThrow());
    sp.facebook().attach(acc, AttachFacebookPageRequest.builder().type(AccountType.PAGE).originId("fb1").name("Shop").build());
    assertEquals("fb1", sp.instagram().accounts(acc).accounts().get(0).pageId().orElseThrow());
    sp.instagram().attach(acc, AttachInstagramAccountRequest.builder().pageId("fb1").originId("ig1").build());
    assertEquals(1, sp.linkedIn().accounts(acc).pages().size());
    sp.linkedIn().attach(acc, AttachLinkedInRequest.builder().type(AccountType.PAGE).urn("urn:li:organization:1").build());
    assertEquals(false, sp.twitter().accounts(acc).profile().get(0).isProtected().orElseThrow());
    sp.twitter().attach(acc, AttachTwitterProfileRequest.builder().originId("tw1").username("shop").isProtected(false).build());
    assertEquals(AccountType.PROFILE, sp.tiktok().accounts(acc).profile().get(0).type().orElseThrow());
    sp.tiktok().attach(acc, AttachTiktokProfileRequest.builder().type(AccountType.PROFILE).originId("tt1").build());
    assertEquals(AccountType.BUSINESS, sp.tiktokBusiness().accounts(acc).profile().get(0).type().orElseThrow());

    // ---- posts
    PostQuery query = PostQuery.builder().fromDate(Instant.parse("2024-01-01T00:00:00Z")).toDate(Instant.parse("2024-02-01T00:00:00Z"))
        .filter(PostListFilter.PUBLISHED).addAccountIds("a1", "a2").postType(PostType.POST).includeUsers(true).build();
    Post listed = sp.posts().list(query).posts().get(0);
    assertEquals(PostStatus.PUBLISHED, listed.status().orElseThrow());
    PostRequest newPost = PostRequest.builder().type(PostType.POST).addAccountIds("a1").summary("Hello").userId("u1")
        .status(PostStatus.SCHEDULED).scheduleDate(Instant.parse("2024-03-01T09:00:00Z")).addTags("65fbdcfecc884f07e645ea8b")
        .addMedia(PostMedia.builder().url("https://cdn.example.com/a.png").type("image/png").build())
        .tiktokPostDetails(TiktokPostDetails.builder().privacyLevel(TiktokPrivacyLevel.SELF_ONLY).enableComment(true).build())
        .gmbPostDetails(GmbPostDetails.builder().gmbEventType(GmbEventType.STANDARD).actionType(GmbActionType.LEARN_MORE).url("https://example.com").build())
        .postApprovalDetails(PostApproval.builder().approver("u2").approvalStatus(ApprovalStatus.PENDING).build())
        .build();
    assertEquals(listed.id(), sp.posts().create(newPost).id());
    assertEquals(listed.id(), sp.posts().get("p1").id());
    assertTrue(sp.posts().edit("p1", newPost).success());
    assertEquals("p1", sp.posts().delete("p1"));
    assertEquals(2L, sp.posts().delete(List.of("p1", "p2")).deletedCount());

    // ---- accounts
    assertEquals("pr1", sp.accounts().list().accounts().get(0).profileId().orElseThrow());
    assertEquals("a1", sp.accounts().delete("a1", "co1", "u1").id().orElseThrow());

    // ---- CSV
    CsvUpload upload = sp.csv().upload("posts.csv", "summary,date\nHello,2024-03-01\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(2L, upload.rowsCount().getAsLong());
    assertEquals(CsvImportStatus.COMPLETED, sp.csv().imports(CsvQuery.builder().includeUsers(true).userId("u1").build())
        .csvs().get(0).status().orElseThrow());
    sp.csv().setAccounts(SetCsvAccountsRequest.builder().addAccountIds("a1").filePath(upload.filePath().orElseThrow())
        .rowsCount(upload.rowsCount().getAsLong()).fileName(upload.fileName().orElseThrow()).userId("u1").build());
    assertEquals("Row 1", sp.csv().posts("c1", CsvQuery.builder().limit(5).build()).posts().get(0).summary().orElseThrow());
    sp.csv().publish("c1", "u1");
    assertEquals(CsvImportStatus.DELETED, sp.csv().delete("c1").status().orElseThrow());
    assertEquals("p2", sp.csv().deletePost("c1", "p2"));

    // ---- categories, tags, statistics
    assertEquals("News", sp.categories().list(CategoryQuery.builder().searchText("ne").build()).categories().get(0).name().orElseThrow());
    assertEquals("News", sp.categories().get("cat1").name().orElseThrow());
    assertEquals("Promo", sp.tags().list(TagQuery.builder().build()).tags().get(0).name());
    assertEquals(1, sp.tags().byIds(List.of("65fbdcfecc884f07e645ea8b")).tags().size());
    assertEquals(1, sp.statistics().get(StatisticsRequest.builder().addProfileIds("pr1").addPlatforms(SocialPlatform.INSTAGRAM).build()).totals().posts());

    // ---- OAuth
    assertEquals("at", oauth.exchangeCode("code-1", "https://app.example.com/cb", UserType.LOCATION).accessToken());
    assertEquals("rt", oauth.refresh("rt-0", UserType.LOCATION).refreshToken().orElseThrow());
    assertEquals("lt", oauth.locationToken("agency-token", "co1", L).accessToken());
    assertEquals(1, oauth.installedLocations("agency-token", InstalledLocationsQuery.builder().companyId("co1")
        .appId(oauth.appId()).isInstalled(true).onTrial(false).query("Shop").build()).locations().size());

    Set<String> hitStubs = wm.getAllServeEvents().stream().map(ServeEvent::getStubMapping).filter(m -> m != null && m.getId() != null)
        .map(m -> m.getId().toString()).collect(Collectors.toSet());
    Set<String> missed = new TreeSet<>();
    stubIdsByOperation.forEach((op, id) -> {
      if (!hitStubs.contains(id)) {
        missed.add(op);
      }
    });
    assertEquals(Set.of(), missed);
    assertEquals(43, stubIdsByOperation.size());
  }
}
