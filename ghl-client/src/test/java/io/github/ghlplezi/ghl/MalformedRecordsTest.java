package io.github.ghlplezi.ghl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ghlplezi.ghl.model.SkippedRecord;
import io.github.ghlplezi.ghl.model.Tag;
import io.github.ghlplezi.ghl.model.TagPage;
import io.github.ghlplezi.ghl.model.TagQuery;
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
}
