package io.github.ghlplezi.ghl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.AccountsList;
import io.github.ghlplezi.ghl.model.Post;
import io.github.ghlplezi.ghl.model.PostQuery;
import io.github.ghlplezi.ghl.model.SocialAccount;
import io.github.ghlplezi.ghl.model.SocialPlatform;
import io.github.ghlplezi.ghl.model.SocialStatistics;
import io.github.ghlplezi.ghl.model.StatisticsRequest;
import io.github.ghlplezi.ghl.model.Tag;
import io.github.ghlplezi.ghl.model.TagPage;
import io.github.ghlplezi.ghl.model.TagQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.github.ghlplezi.ghl.support.ContractCheckExtension;
import io.github.ghlplezi.ghl.support.TestClients;
import io.github.ghlplezi.http.RequestMetadata;
import io.github.ghlplezi.ghl.model.PostType;
import io.github.ghlplezi.ghl.model.PostRequest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ContractCheckExtension.class)
class SocialPlannerWireMockTest {

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  static final String LOC = "Lx1EI6YIgQYMQi0ytFXv";
  static final String PIT = "pit-11111111-2222-3333-4444-555555555555";
  static final String TAGS_PATH = "/social-media-posting/" + LOC + "/tags";

  GhlClient client;

  @BeforeEach
  void setUp() {
    client = GhlClient.builder()
        .baseUrl(wm.baseUrl())
        .okHttpClient(TestClients.recording())
        .tokenSource(TokenSource.privateIntegrationToken(PIT))
        .clock(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  static String tagJson(String id, String name) {
    return "{\"_id\":\"" + id + "\",\"tag\":\"" + name + "\",\"locationId\":\"" + LOC
        + "\",\"createdBy\":\"u1\",\"deleted\":false,\"createdAt\":\"2023-08-02T00:00:00.000Z\","
        + "\"updatedAt\":\"2023-08-03T00:00:00.000Z\",\"futureField\":{\"x\":1}}";
  }

  static String tagsEnvelope(int status, List<String> tags, int count) {
    return "{\"success\":true,\"statusCode\":" + status + ",\"message\":\"Fetched Tags\",\"results\":{\"tags\":["
        + String.join(",", tags) + "],\"count\":" + count + "}}";
  }

  static String hexId(int i) {
    return String.format("65fbdcfecc884f07%08x", i);
  }

  @Test
  void list_tags_sends_the_documented_headers_and_string_paging_and_parses_the_envelope() {
    wm.stubFor(get(urlPathEqualTo(TAGS_PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(tagsEnvelope(200, List.of(tagJson(hexId(1), "Spring Sale")), 1))));

    TagPage page = client.socialPlanner(LOC).tags().list(TagQuery.builder().limit(100).skip(0).searchText("spr").build());

    assertEquals(1, page.tags().size());
    Tag tag = page.tags().get(0);
    assertEquals(hexId(1), tag.id());
    assertEquals("Spring Sale", tag.name());
    assertEquals(LOC, tag.locationId().orElseThrow());
    assertFalse(tag.deleted());
    assertEquals(Instant.parse("2023-08-02T00:00:00Z"), tag.createdAt().orElseThrow());
    assertEquals(1L, page.count().getAsLong());
    wm.verify(getRequestedFor(urlPathEqualTo(TAGS_PATH))
        .withHeader("Authorization", equalTo("Bearer " + PIT))
        .withHeader("Version", equalTo("2021-07-28"))
        .withHeader("Accept", equalTo("application/json"))
        .withQueryParam("limit", equalTo("100"))
        .withQueryParam("skip", equalTo("0"))
        .withQueryParam("searchText", equalTo("spr")));
  }

  @Test
  void stream_tags_pages_lazily_until_an_empty_page() {
    for (int p = 0; p < 3; p++) {
      List<String> tags = new ArrayList<>();
      int size = p < 2 ? 2 : 0;
      for (int i = 0; i < size; i++) {
        tags.add(tagJson(hexId(p * 2 + i), "tag " + (p * 2 + i)));
      }
      wm.stubFor(get(urlPathEqualTo(TAGS_PATH)).withQueryParam("skip", equalTo(Integer.toString(p * 2)))
          .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(tagsEnvelope(200, tags, 4))));
    }

    List<String> names = client.socialPlanner(LOC).tags().stream(TagQuery.builder().limit(2).build())
        .map(Tag::name).collect(Collectors.toList());

    assertEquals(List.of("tag 0", "tag 1", "tag 2", "tag 3"), names);
    wm.verify(3, getRequestedFor(urlPathEqualTo(TAGS_PATH)).withQueryParam("limit", equalTo("2")));
  }

  @Test
  void stream_tags_sends_nothing_until_consumed_and_stops_when_limited() {
    wm.stubFor(get(urlPathEqualTo(TAGS_PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody(tagsEnvelope(200, List.of(tagJson(hexId(1), "a"), tagJson(hexId(2), "b")), 2))));

    var stream = client.socialPlanner(LOC).tags().stream(TagQuery.builder().limit(2).build());
    assertEquals(0, wm.getAllServeEvents().size());
    assertEquals(2, stream.limit(2).count());
    assertEquals(1, wm.getAllServeEvents().size());
  }

  @Test
  void stream_tags_fails_loudly_when_the_server_ignores_skip() {
    wm.stubFor(get(urlPathEqualTo(TAGS_PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody(tagsEnvelope(200, List.of(tagJson(hexId(1), "a")), 1))));

    assertThrows(IllegalStateException.class,
        () -> client.socialPlanner(LOC).tags().stream(TagQuery.builder().limit(1).build()).count());
  }

  @Test
  void tags_by_ids_sends_chunks_of_100_and_keeps_the_requested_order() {
    List<String> ids = IntStream.range(0, 250).mapToObj(SocialPlannerWireMockTest::hexId).collect(Collectors.toList());
    wm.stubFor(post(urlPathEqualTo(TAGS_PATH + "/details")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withTransformers("response-template")
        .withBody("{\"success\":true,\"statusCode\":201,\"message\":\"Fetched Tags by Tag IDs\",\"results\":{\"tags\":["
            + "{{#each (jsonPath request.body '$.tagIds') as |id|}}{{#unless @first}},{{/unless}}"
            + "{\"_id\":\"{{id}}\",\"tag\":\"name-{{id}}\",\"deleted\":false}{{/each}}],\"count\":0}}")));

    List<String> reversed = new ArrayList<>(ids);
    java.util.Collections.reverse(reversed);
    List<Tag> tags = client.socialPlanner(LOC).tags().byIds(reversed).tags();

    assertEquals(250, tags.size());
    assertEquals(reversed, tags.stream().map(Tag::id).collect(Collectors.toList()));
    assertEquals("name-" + reversed.get(0), tags.get(0).name());
    wm.verify(3, postRequestedFor(urlPathEqualTo(TAGS_PATH + "/details")));
    wm.verify(2, postRequestedFor(urlPathEqualTo(TAGS_PATH + "/details")).withRequestBody(matchingJsonPath("$.tagIds.length()", equalTo("100"))));
  }

  @Test
  void stream_posts_pages_through_posts_list_with_the_date_window_and_string_paging() {
    String path = "/social-media-posting/" + LOC + "/posts/list";
    for (int p = 0; p < 3; p++) {
      StringBuilder posts = new StringBuilder();
      for (int i = 0; p < 2 && i < 3; i++) {
        posts.append(posts.length() == 0 ? "" : ",").append("{\"_id\":\"post-").append(p * 3 + i)
            .append("\",\"locationId\":\"").append(LOC).append("\",\"error\":\"\",\"type\":\"post\",\"status\":\"published\"}");
      }
      wm.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.skip", equalTo(Integer.toString(p * 3))))
          .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
              .withBody("{\"success\":true,\"statusCode\":201,\"message\":\"Fetched\",\"results\":{\"posts\":[" + posts + "],\"count\":6}}")));
    }
    PostQuery query = PostQuery.builder().fromDate(Instant.parse("2026-11-01T00:00:00Z")).toDate(Instant.parse("2026-11-27T00:00:00Z"))
        .limit(3).build();

    List<String> ids = client.socialPlanner(LOC).posts().stream(query).map(Post::id).collect(Collectors.toList());

    assertEquals(List.of("post-0", "post-1", "post-2", "post-3", "post-4", "post-5"), ids);
    wm.verify(3, postRequestedFor(urlPathEqualTo(path))
        .withRequestBody(matchingJsonPath("$.limit", equalTo("3")))
        .withRequestBody(matchingJsonPath("$.type", equalTo("all")))
        .withRequestBody(matchingJsonPath("$.includeUsers", equalTo("false")))
        .withRequestBody(matchingJsonPath("$.fromDate", equalTo("2026-11-01T00:00:00Z"))));
  }

  @Test
  void rejects_a_post_window_whose_end_is_not_after_its_start() {
    GhlInvalidArgumentException e = assertThrows(GhlInvalidArgumentException.class, () -> PostQuery.builder()
        .fromDate(Instant.parse("2026-11-27T00:00:00Z")).toDate(Instant.parse("2026-11-01T00:00:00Z")).build());
    assertEquals("toDate", e.parameter());
  }

  @Test
  void tags_by_ids_with_no_ids_sends_nothing() {
    assertEquals(List.of(), client.socialPlanner(LOC).tags().byIds(List.of()).tags());
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void accounts_tolerate_platforms_added_later_and_expose_profile_ids() {
    wm.stubFor(get(urlPathEqualTo("/social-media-posting/" + LOC + "/accounts")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"success\":true,\"statusCode\":200,\"message\":\"Fetched Accounts\",\"results\":{\"accounts\":["
            + "{\"id\":\"o1_" + LOC + "_123_page\",\"oauthId\":\"o1\",\"profileId\":\"p1\",\"name\":\"Shop\",\"platform\":\"facebook\","
            + "\"type\":\"page\",\"expire\":\"2024-03-11T19:29:59.785Z\",\"isExpired\":true,\"meta\":{\"canDelete\":true}},"
            + "{\"id\":\"o2_" + LOC + "_9\",\"profileId\":\"p2\",\"platform\":\"mastodon\",\"type\":\"instance\"}],"
            + "\"groups\":[{\"id\":\"g1\",\"name\":\"All\",\"accountIds\":[\"o1_" + LOC + "_123_page\"]}]}}")));

    AccountsList list = client.socialPlanner(LOC).accounts().list();

    assertEquals(2, list.accounts().size());
    SocialAccount fb = list.accounts().get(0);
    assertEquals(SocialPlatform.FACEBOOK, fb.platform().orElseThrow());
    assertTrue(fb.expired());
    assertEquals("p1", fb.profileId().orElseThrow());
    SocialAccount other = list.accounts().get(1);
    assertEquals("mastodon", other.platform().orElseThrow().value());
    assertFalse(other.platform().orElseThrow().isKnown());
    assertEquals(List.of("o1_" + LOC + "_123_page"), list.groups().get(0).accountIds());
  }

  @Test
  void statistics_posts_profile_ids_with_location_query_and_reads_every_section() {
    wm.stubFor(post(urlPathEqualTo("/social-media-posting/statistics")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"results\":{\"dayRange\":[\"Sat\",\"Sun\",\"Mon\",\"Tue\",\"Wed\",\"Thu\",\"Fri\"],"
            + "\"totals\":{\"posts\":3,\"likes\":10,\"followers\":200,\"impressions\":1000,\"comments\":4},"
            + "\"breakdowns\":{\"impressions\":{\"total\":1000,\"totalChange\":-73.53,\"platforms\":{\"facebook\":{\"value\":1000,\"change\":0}}},"
            + "\"engagement\":{\"facebook\":{\"likes\":10,\"comments\":4,\"shares\":1,\"change\":12.5}}},"
            + "\"platformTotals\":{\"followers\":{\"facebook\":{\"total\":200,\"series\":[1,2,3,4,5,6,7]}}},"
            + "\"grouping\":\"daily\"},\"message\":\"Analytics Built Successfully\",\"traceId\":\"t-1\"}")));

    SocialStatistics stats = client.socialPlanner(LOC).statistics().get(StatisticsRequest.builder()
        .addProfileIds("p1").addPlatforms(SocialPlatform.FACEBOOK).build());

    assertEquals(7, stats.dayRange().size());
    assertEquals(200, stats.totals().followers());
    assertEquals(-73.53, stats.breakdowns().impressions().totalChange(), 1e-9);
    assertEquals(12.5, stats.breakdowns().engagement().get("facebook").change(), 1e-9);
    assertEquals(0, stats.breakdowns().reach().total());
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0), stats.platformTotals().followers().get("facebook").series());
    assertEquals("t-1", stats.traceId().orElseThrow());
    assertEquals("daily", stats.grouping().orElseThrow());
    wm.verify(postRequestedFor(urlPathEqualTo("/social-media-posting/statistics"))
        .withQueryParam("locationId", equalTo(LOC))
        .withRequestBody(equalToJson("{\"profileIds\":[\"p1\"],\"platforms\":[\"facebook\"]}")));
  }

  @Test
  void rejects_a_blank_or_unsafe_location_id_before_any_request() {
    GhlInvalidArgumentException blank = assertThrows(GhlInvalidArgumentException.class, () -> client.socialPlanner(" "));
    assertEquals("locationId", blank.parameter());
    assertEquals("locationId",
        assertThrows(GhlInvalidArgumentException.class, () -> client.socialPlanner("a/b")).parameter());
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void rejects_zero_or_more_than_100_profile_ids_when_building_the_request() {
    GhlInvalidArgumentException none = assertThrows(GhlInvalidArgumentException.class,
        () -> StatisticsRequest.builder().build());
    assertEquals("profileIds", none.parameter());
    List<String> many = IntStream.range(0, 101).mapToObj(i -> "p" + i).collect(Collectors.toList());
    GhlInvalidArgumentException tooMany = assertThrows(GhlInvalidArgumentException.class,
        () -> StatisticsRequest.builder().addAllProfileIds(many).build());
    assertTrue(tooMany.getMessage().contains("101"));
    assertEquals(100, StatisticsRequest.builder().addAllProfileIds(many.subList(0, 100)).build().profileIds().size());
  }

  @Test
  void rejects_page_sizes_outside_1_to_1000() {
    assertEquals("limit", assertThrows(GhlInvalidArgumentException.class, () -> TagQuery.builder().limit(0).build()).parameter());
    assertEquals("limit", assertThrows(GhlInvalidArgumentException.class, () -> TagQuery.builder().limit(1001).build()).parameter());
    assertEquals("skip", assertThrows(GhlInvalidArgumentException.class, () -> TagQuery.builder().skip(-1).build()).parameter());
  }

  @Test
  void maps_a_422_array_message_to_a_validation_exception_with_field_messages_and_trace_id() {
    wm.stubFor(post(urlPathEqualTo("/social-media-posting/statistics")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withHeader("X-RateLimit-Remaining", "97")
        .withBody("{\"message\":[\"profileIds must be an array\",\"profileIds should not be empty\"],"
            + "\"error\":\"Unprocessable Entity\",\"statusCode\":422,\"traceId\":\"tr-422\"}")));

    GhlValidationException e = assertThrows(GhlValidationException.class, () -> client.socialPlanner(LOC)
        .statistics().get(StatisticsRequest.builder().addProfileIds("p1").build()));

    assertEquals(422, e.status());
    assertEquals(List.of("profileIds must be an array", "profileIds should not be empty"), e.fieldMessages());
    assertEquals("tr-422", e.traceId().orElseThrow());
    assertEquals("POST", e.method());
    assertEquals("/social-media-posting/statistics", e.pathTemplate());
    assertEquals("get-social-media-statistics", e.operationId().orElseThrow());
    assertEquals(97, e.rateLimit().orElseThrow().intervalRemaining().getAsLong());
    assertFalse(e.retriable());
    assertFalse(e.getMessage().contains(PIT));
  }

  @Test
  void maps_403_404_429_and_500_to_their_families() {
    String accounts = "/social-media-posting/" + LOC + "/accounts";
    wm.stubFor(get(urlPathEqualTo(accounts)).willReturn(aResponse().withStatus(403)
        .withBody("{\"statusCode\":403,\"message\":\"The token does not have access to this location.\"}")));
    GhlForbiddenException forbidden = assertThrows(GhlForbiddenException.class, () -> client.socialPlanner(LOC).accounts().list());
    assertEquals("The token does not have access to this location.", forbidden.vendorMessage());
    assertEquals("/social-media-posting/{locationId}/accounts", forbidden.pathTemplate());

    wm.stubFor(get(urlPathEqualTo(accounts)).willReturn(aResponse().withStatus(404).withBody("{\"statusCode\":404,\"message\":\"Cannot GET /x\"}")));
    assertThrows(GhlNotFoundException.class, () -> client.socialPlanner(LOC).accounts().list());

    wm.stubFor(get(urlPathEqualTo(accounts)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
        .withHeader("X-RateLimit-Max", "100").withHeader("X-RateLimit-Remaining", "0")
        .withHeader("X-RateLimit-Interval-Milliseconds", "10000").withBody("Too Many Requests")));
    GhlRateLimitedException limited = assertThrows(GhlRateLimitedException.class, () -> client.socialPlanner(LOC).accounts().list());
    assertEquals(java.time.Duration.ofSeconds(7), limited.retryAfter().orElseThrow());
    assertTrue(limited.rateLimit().orElseThrow().isExhausted());
    assertTrue(limited.retriable());
    assertEquals("Too Many Requests", limited.vendorMessage());

    wm.stubFor(get(urlPathEqualTo(accounts)).willReturn(aResponse().withStatus(502)));
    GhlServerException server = assertThrows(GhlServerException.class, () -> client.socialPlanner(LOC).accounts().list());
    assertTrue(server.retriable());
  }

  @Test
  void unreachable_server_is_a_transport_exception() {
    GhlClient dead = GhlClient.builder().baseUrl("http://127.0.0.1:1/")
        .tokenSource(TokenSource.privateIntegrationToken(PIT)).build();
    GhlTransportException e = assertThrows(GhlTransportException.class, () -> dead.socialPlanner(LOC).accounts().list());
    assertEquals(0, e.status());
    assertTrue(e.retriable());
  }

  @Test
  void no_version_header_is_missing_even_without_authorization_on_failure() {
    wm.stubFor(get(urlPathEqualTo("/social-media-posting/" + LOC + "/accounts")).willReturn(aResponse().withStatus(401)
        .withBody("{\"statusCode\":401,\"message\":\"Invalid JWT\"}")));
    GhlUnauthorizedException e = assertThrows(GhlUnauthorizedException.class, () -> client.socialPlanner(LOC).accounts().list());
    assertEquals("Invalid JWT", e.vendorMessage());
    // a fixed PIT source returns the same token after invalidate, so no second attempt is made
    wm.verify(1, getRequestedFor(urlPathEqualTo("/social-media-posting/" + LOC + "/accounts"))
        .withHeader("Version", equalTo("2021-07-28")).withHeader("X-Unused", absent()));
  }

  @Test
  void editing_a_post_sends_an_explicitly_empty_summary_and_empty_lists_so_they_clear_the_fields() {
    wm.stubFor(put(urlPathEqualTo("/social-media-posting/" + LOC + "/posts/p1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"success\":true,\"statusCode\":200,\"message\":\"Updated\"}")));

    client.socialPlanner(LOC).posts().edit("p1", PostRequest.builder().type(PostType.POST).addAccountIds("a1")
        .summary("").userId("u1").build());

    wm.verify(putRequestedFor(urlPathEqualTo("/social-media-posting/" + LOC + "/posts/p1"))
        .withRequestBody(matchingJsonPath("$.summary", equalTo("")))
        .withRequestBody(matchingJsonPath("$.tags.length()", equalTo("0")))
        .withRequestBody(matchingJsonPath("$.media.length()", equalTo("0")))
        .withRequestBody(notContaining("followUpComment")));
  }

  @Test
  void interceptors_of_the_supplied_okhttp_client_see_request_metadata_from_creation() {
    wm.stubFor(get(urlPathEqualTo("/social-media-posting/oauth/" + LOC + "/facebook/accounts/acc1")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"success\":true,\"statusCode\":200,\"message\":\"ok\",\"results\":{\"pages\":[]}}")));
    wm.stubFor(post(urlPathEqualTo("/social-media-posting/" + LOC + "/posts/bulk-delete")).willReturn(aResponse()
        .withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("{\"success\":true,\"statusCode\":201,\"message\":\"ok\",\"results\":{\"deletedCount\":1}}")));
    wm.stubFor(post(urlPathEqualTo("/social-media-posting/" + LOC + "/tags/details")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"success\":true,\"statusCode\":200,\"message\":\"ok\",\"results\":{\"tags\":[]}}")));
    List<RequestMetadata> seen = new ArrayList<>();
    okhttp3.OkHttpClient observed = TestClients.recording().newBuilder().addInterceptor(chain -> {
      seen.add(RequestMetadata.of(chain.request()).orElseThrow());
      return chain.proceed(chain.request());
    }).build();
    GhlClient observedClient = GhlClient.builder().baseUrl(wm.baseUrl()).okHttpClient(observed)
        .tokenSource(TokenSource.privateIntegrationToken(PIT)).build();

    observedClient.socialPlanner(LOC).facebook().accounts("acc1");
    observedClient.socialPlanner(LOC).posts().delete(List.of("p1"));
    observedClient.socialPlanner(LOC).tags().byIds(List.of("t1"));

    assertEquals(List.of(
        new RequestMetadata("get-facebook-page-group",
            "/social-media-posting/oauth/{locationId}/facebook/accounts/{accountId}", LOC, true),
        new RequestMetadata("bulk-delete-social-planner-posts",
            "/social-media-posting/{locationId}/posts/bulk-delete", LOC, false),
        new RequestMetadata("get-tags-by-ids", "/social-media-posting/{locationId}/tags/details", LOC, true)), seen);
  }
}
