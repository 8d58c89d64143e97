package io.github.ghlplezi.ghl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ghlplezi.ghl.model.AccountsList;
import io.github.ghlplezi.ghl.model.Category;
import io.github.ghlplezi.ghl.model.CategoryPage;
import io.github.ghlplezi.ghl.model.CategoryQuery;
import io.github.ghlplezi.ghl.model.Post;
import io.github.ghlplezi.ghl.model.PostPage;
import io.github.ghlplezi.ghl.model.PostQuery;
import io.github.ghlplezi.ghl.model.SkippedRecord;
import io.github.ghlplezi.ghl.model.SocialAccount;
import io.github.ghlplezi.ghl.model.Tag;
import io.github.ghlplezi.ghl.model.TagPage;
import io.github.ghlplezi.ghl.model.TagQuery;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server that breaks HighLevel's contract in one record: the rest of the page stays readable. */
class MalformedRecordsTest {

  private static final String LOC = SocialPlannerWireMockTest.LOC;
  private static final String TAGS = "/social-media-posting/" + LOC + "/tags";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  private GhlClient client() {
    return GhlClient.builder().baseUrl(wm.baseUrl())
        .tokenSource(TokenSource.privateIntegrationToken("pit-malformed")).build();
  }

  private static String tag(int i) {
    return SocialPlannerWireMockTest.tagJson(SocialPlannerWireMockTest.hexId(i), "tag " + i);
  }

  private static final String NO_ID = "{\"tag\":\"secret-looking name\",\"deleted\":false}";
  private static final String BAD_DATE = "{\"_id\":\"65fbdcfecc884f07e645ea99\",\"tag\":\"x\",\"createdAt\":\"not a date\"}";

  private static void page(int skip, List<String> tags) {
    wm.stubFor(get(urlPathEqualTo(TAGS)).withQueryParam("skip", equalTo(Integer.toString(skip)))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody(SocialPlannerWireMockTest.tagsEnvelope(200, tags, 9))));
  }

  @Test
  void a_tag_without_id_or_with_a_bad_date_is_skipped_and_reported_and_the_rest_of_the_page_is_read() {
    page(0, List.of(tag(0), NO_ID, tag(1), BAD_DATE));

    TagPage result = client().socialPlanner(LOC).tags().list(TagQuery.builder().limit(4).build());

    assertEquals(List.of("tag 0", "tag 1"), result.tags().stream().map(Tag::name).toList());
    assertEquals(List.of(1, 3), result.skipped().stream().map(SkippedRecord::index).toList());
    assertTrue(result.skipped().get(0).reason().contains("id"), result.skipped().toString());
    assertTrue(result.skipped().get(1).reason().contains("createdAt"), result.skipped().toString());
    result.skipped().forEach(s -> assertTrue(!s.reason().contains("secret-looking") && !s.reason().contains("not a date"),
        s.reason()));
    assertEquals(9L, result.count().orElseThrow());
  }

  @Test
  void streaming_advances_by_what_highlevel_sent_even_when_a_whole_page_is_unreadable() {
    page(0, List.of(tag(0), NO_ID));
    page(2, List.of(NO_ID, NO_ID));
    page(4, List.of(tag(4)));
    page(5, List.of());

    List<String> names = client().socialPlanner(LOC).tags().stream(TagQuery.builder().limit(2).build())
        .map(Tag::name).toList();

    assertEquals(List.of("tag 0", "tag 4"), names);
    wm.verify(4, getRequestedFor(urlPathEqualTo(TAGS)));
  }

  private static void answer(com.github.tomakehurst.wiremock.client.MappingBuilder request, String results) {
    wm.stubFor(request.willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"success\":true,\"statusCode\":200,\"message\":\"ok\",\"results\":" + results + "}")));
  }

  @Test
  void a_post_with_a_bad_date_is_skipped_and_reported_and_the_other_posts_are_read() {
    answer(post(urlPathEqualTo("/social-media-posting/" + LOC + "/posts/list")),
        "{\"posts\":[{\"_id\":\"p1\",\"summary\":\"kept\"},{\"_id\":\"p2\",\"createdAt\":\"not a date\"}],\"count\":2}");

    PostPage page = client().socialPlanner(LOC).posts().list(PostQuery.builder()
        .fromDate(Instant.parse("2026-01-01T00:00:00Z")).toDate(Instant.parse("2026-02-01T00:00:00Z")).build());

    assertEquals(List.of("p1"), page.posts().stream().map(Post::id).toList());
    assertEquals(List.of(1), page.skipped().stream().map(SkippedRecord::index).toList());
    assertTrue(page.skipped().get(0).reason().contains("createdAt"), page.skipped().toString());
  }

  @Test
  void a_category_with_a_bad_date_is_skipped_and_reported_and_the_other_categories_are_read() {
    answer(get(urlPathEqualTo("/social-media-posting/" + LOC + "/categories")),
        "{\"categories\":[{\"_id\":\"c1\",\"createdAt\":\"not a date\"},{\"_id\":\"c2\",\"name\":\"kept\"}],\"count\":2}");

    CategoryPage page = client().socialPlanner(LOC).categories().list(CategoryQuery.builder().build());

    assertEquals(List.of("c2"), page.categories().stream().map(Category::id).toList());
    assertEquals(List.of(0), page.skipped().stream().map(SkippedRecord::index).toList());
  }

  @Test
  void an_account_with_a_bad_expiry_is_skipped_and_reported_and_the_other_accounts_are_read() {
    answer(get(urlPathEqualTo("/social-media-posting/" + LOC + "/accounts")),
        "{\"accounts\":[{\"id\":\"a1\",\"platform\":\"facebook\"},{\"id\":\"a2\",\"expire\":\"not a date\"}],"
            + "\"groups\":[{\"id\":\"g1\",\"name\":\"All\",\"accountIds\":{\"x\":1}}]}");

    AccountsList list = client().socialPlanner(LOC).accounts().list();

    assertEquals(List.of("a1"), list.accounts().stream().map(SocialAccount::id).toList());
    assertEquals(List.of(1), list.skipped().stream().map(SkippedRecord::index).toList());
    assertEquals(List.of(0), list.skippedGroups().stream().map(SkippedRecord::index).toList());
  }

  @Test
  void tags_by_ids_return_the_tags_they_skipped_to_the_caller() {
    wm.stubFor(post(urlPathEqualTo(TAGS + "/details")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(SocialPlannerWireMockTest.tagsEnvelope(201, List.of(tag(1), NO_ID), 2))));

    TagPage page = client().socialPlanner(LOC).tags().byIds(List.of(SocialPlannerWireMockTest.hexId(1),
        SocialPlannerWireMockTest.hexId(2)));

    assertEquals(List.of("tag 1"), page.tags().stream().map(Tag::name).toList());
    assertEquals(List.of(1), page.skipped().stream().map(SkippedRecord::index).toList());
    assertEquals(1L, page.count().orElseThrow());
  }
}
