package io.github.ghlplezi.plezi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ghlplezi.plezi.model.ContentWebForm;
import io.github.ghlplezi.plezi.model.ContentWebFormPage;
import io.github.ghlplezi.plezi.model.ContentWebFormQuery;
import io.github.ghlplezi.plezi.model.SortDirection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BrainClientTest {

  static final String PUBLIC = "pub-123";
  static final String SECRET = "sec-very-secret-456";
  @RegisterExtension
  static final WireMockExtension wm = WireMockExtension.newInstance()
      .options(options().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  PleziClient client() {
    return PleziClient.builder().brainBaseUrl(("http://127.0.0.1:" + wm.getPort()) + "/api/v1").publicKey(PUBLIC)
        .secretKey(SECRET)
        .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  List<LoggedRequest> requests() {
    return wm.findAll(anyRequestedFor(anyUrl()));
  }

  @Test
  void key_check_posts_the_pair_as_a_form_unsigned_and_accepts_200() {
    wm.stubFor(post(urlPathEqualTo("/api/v1/api_keys/authenticate"))
        .willReturn(aResponse().withStatus(200).withBody("{}")));

    assertTrue(client().authenticateBrainKeys());

    LoggedRequest req = requests().get(0);
    assertEquals("client_id=pub-123&client_secret=sec-very-secret-456", req.getBodyAsString());
    assertNull(req.getHeader("X-AUTHORIZATION"), "the key check is not signed");
  }

  @Test
  void key_check_reports_a_refused_pair_as_false() {
    wm.stubFor(post(urlPathEqualTo("/api/v1/api_keys/authenticate"))
        .willReturn(aResponse().withStatus(401).withBody("{\"errors\":[{\"title\":\"nope\"}]}")));
    assertFalse(client().authenticateBrainKeys());

    wm.stubFor(post(urlPathEqualTo("/api/v1/api_keys/authenticate"))
        .willReturn(aResponse().withStatus(404)));
    assertFalse(client().authenticateBrainKeys());
  }

  @Test
  void key_check_throws_when_the_answer_is_unknown() {
    wm.stubFor(post(urlPathEqualTo("/api/v1/api_keys/authenticate"))
        .willReturn(aResponse().withStatus(503).withBody("down for " + SECRET)));

    PleziServerException e = assertThrows(PleziServerException.class, () -> client().authenticateBrainKeys());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void reads_a_page_of_content_web_forms_with_the_plugins_parameters() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/content_web_forms")).willReturn(aResponse()
        .withStatus(200).withBody("{\"data\":[{\"id\":\"f-1\",\"type\":\"content_web_form\","
            + "\"attributes\":{\"title\":\"Newsletter\",\"created_at\":\"2026-02-03T04:05:06Z\","
            + "\"status\":\"published\"}}],\"meta\":{\"total_results\":41}}")));

    ContentWebFormPage page = client().forms().list(ContentWebFormQuery.builder().page(3)
        .perPage(20).sortBy(ContentWebFormQuery.SORT_BY_CREATED_AT)
        .sortDirection(SortDirection.DESC).build());

    LoggedRequest req = requests().get(0);
    assertEquals("/api/v1/content_web_forms?sort_by=created_at&sort_dir=desc&page=3&per_page=20",
        req.getUrl());
    assertTrue(req.getHeader("X-AUTHORIZATION").startsWith("plezi id=pub-123,algo=hmac-sha256,"));
    ContentWebForm f = page.forms().get(0);
    assertEquals("f-1", f.id());
    assertEquals("Newsletter", f.title().orElseThrow());
    assertEquals(Instant.parse("2026-02-03T04:05:06Z"), f.createdAt().orElseThrow());
    assertEquals("published", f.attributes().get("status"));
    assertEquals(41L, page.totalResults().orElseThrow());
    assertTrue(page.last(), "page 3 of 20 covers 41");
  }

  @Test
  void streams_every_form_until_total_results_is_reached() {
    for (int p = 1; p <= 3; p++) {
      StringBuilder data = new StringBuilder();
      for (int i = 0; i < (p < 3 ? 2 : 1); i++) {
        data.append(i > 0 ? "," : "").append("{\"id\":\"f").append(p).append(i)
            .append("\",\"attributes\":{\"title\":\"T\"}}");
      }
      wm.stubFor(get(urlPathEqualTo("/api/v1/content_web_forms"))
          .withQueryParam("page", equalTo(Integer.toString(p)))
          .willReturn(aResponse().withStatus(200).withBody("{\"data\":[" + data
              + "],\"meta\":{\"total_results\":5}}")));
    }

    List<String> ids = client().forms().stream(ContentWebFormQuery.builder().perPage(2)
        .build()).map(ContentWebForm::id).collect(Collectors.toList());

    assertEquals(List.of("f10", "f11", "f20", "f21", "f30"), ids);
    assertEquals(3, requests().size(), "no request past total_results");
  }

  @Test
  void without_total_results_paging_stops_at_a_short_page() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/content_web_forms"))
        .withQueryParam("page", equalTo("1")).willReturn(aResponse().withStatus(200)
            .withBody("{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}]}")));
    wm.stubFor(get(urlPathEqualTo("/api/v1/content_web_forms"))
        .withQueryParam("page", equalTo("2")).willReturn(aResponse().withStatus(200)
            .withBody("{\"data\":[{\"id\":\"c\"}]}")));

    List<String> ids = client().forms().stream(ContentWebFormQuery.builder().perPage(2)
        .build()).map(ContentWebForm::id).collect(Collectors.toList());

    assertEquals(List.of("a", "b", "c"), ids);
    assertEquals(2, requests().size());
  }

  @Test
  void rejects_an_out_of_range_query_before_any_call() {
    PleziRequestInvalidException e = assertThrows(PleziRequestInvalidException.class,
        () -> client().forms().list(ContentWebFormQuery.builder().page(0).perPage(500)
            .sortBy("title; drop").build()));
    assertEquals(3, e.violations().size());
    assertTrue(requests().isEmpty());
  }

  @Test
  void stream_rejects_an_out_of_range_first_query_when_called_not_when_consumed() {
    PleziRequestInvalidException e = assertThrows(PleziRequestInvalidException.class,
        () -> client().forms().stream(ContentWebFormQuery.builder().perPage(0).build()));
    assertEquals(1, e.violations().size());
    assertTrue(requests().isEmpty());
  }

  @Test
  void reads_the_analytics_script() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/analytics_script")).willReturn(aResponse()
        .withStatus(200).withBody("{\"data\":{\"script\":\"<script src=\\\"x.js\\\"></script>\"}}")));

    assertEquals("<script src=\"x.js\"></script>", client().analyticsScript());
    assertTrue(requests().get(0).getHeader("X-AUTHORIZATION").contains("ts=1795780800"));
  }

  @Test
  void an_unknown_brain_key_is_an_authentication_failure_without_the_secret() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/analytics_script")).willReturn(aResponse()
        .withStatus(401).withBody("{\"errors\":[{\"title\":\"Bad signature\",\"detail\":\"secret "
            + SECRET + "\"}]}")));

    PleziAuthenticationException e = assertThrows(PleziAuthenticationException.class,
        () -> client().analyticsScript());
    assertFalse(e.getMessage().contains(SECRET));
    assertFalse(client().toString().contains(SECRET));
  }
}
