package io.github.ghlplezi.plezi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.ghlplezi.plezi.model.WebformContact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorMappingTest {

  static final String KEY = "pk_live_secret_key_123";
  static final String PATH = "/api/v1/create_contact_after_webform";
  @RegisterExtension
  static final WireMockExtension wm = WireMockExtension.newInstance()
      .options(options().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  PleziClient client(PleziClient.Builder b) {
    return b.legacyBaseUrl(("http://127.0.0.1:" + wm.getPort()) + "/api/v1").apiKey(KEY).tenantCompany("Acme").build();
  }

  PleziApiException failWith(int status, String contentType, String body) {
    return failWith(PleziClient.builder(), status, contentType, body, Map.of());
  }

  PleziApiException failWith(PleziClient.Builder b, int status, String contentType, String body,
      Map<String, String> headers) {
    var response = aResponse().withStatus(status).withBody(body);
    if (contentType != null) {
      response.withHeader("Content-Type", contentType);
    }
    headers.forEach(response::withHeader);
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(response));
    return assertThrows(PleziApiException.class, () -> client(b).contacts().upsertFromWebform(
        WebformContact.builder().email("owner@example.com").formId("5d5188d4f420874ad39371d6")
            .contentWebFormId("6311128ae317a70f550b73fc").build()));
  }

  @Test
  void json_api_422_becomes_a_validation_exception_with_field_details() {
    PleziApiException e = failWith(422, "application/vnd.api+json", "{\"errors\":["
        + "{\"status\":\"422\",\"title\":\"Invalid value\",\"detail\":\"'foo' is not an option\","
        + "\"source\":{\"pointer\":\"/data/attributes/plz_social_tags\"}},"
        + "{\"status\":\"422\",\"title\":\"Invalid email\",\"source\":{\"parameter\":\"email\"}}]}");

    PleziValidationException v = assertInstanceOf(PleziValidationException.class, e);
    assertEquals(422, v.status());
    assertEquals(2, v.errors().size());
    assertEquals(Map.of("plz_social_tags", List.of("'foo' is not an option"),
        "email", List.of("Invalid email")), v.fieldErrors());
    assertEquals("Invalid value: 'foo' is not an option; Invalid email", v.vendorMessage().orElseThrow());
    assertTrue(v.getMessage().contains("HTTP 422"), v.getMessage());
    assertTrue(v.getMessage().contains(PATH), v.getMessage());
    assertFalse(v.getMessage().contains("owner@example.com"), "query string kept out of messages");
    assertFalse(v.retriable());
  }

  @Test
  void rails_style_error_object_is_read_as_field_errors() {
    PleziApiException e = failWith(400, "application/json",
        "{\"errors\":{\"email\":[\"is invalid\",\"is too short\"]}}");

    PleziValidationException v = assertInstanceOf(PleziValidationException.class, e);
    assertEquals(Map.of("email", List.of("is invalid", "is too short")), v.fieldErrors());
  }

  @Test
  void refused_credentials_become_an_authentication_exception_that_never_shows_the_key() {
    PleziApiException e = failWith(PleziClient.builder(), 401, "application/json",
        "{\"errors\":[{\"title\":\"Unauthorized\",\"detail\":\"Unknown API key " + KEY + "\"}]}",
        Map.of("X-Request-Id", "rid-9"));

    assertInstanceOf(PleziAuthenticationException.class, e);
    assertEquals("rid-9", e.requestId().orElseThrow());
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertFalse(e.vendorMessage().orElseThrow().contains(KEY));
    assertFalse(e.errors().get(0).detail().orElseThrow().contains(KEY));
    assertTrue(e.getMessage().contains("[REDACTED]"), e.getMessage());
    assertTrue(e.getMessage().contains("request id rid-9"), e.getMessage());
  }

  @Test
  void forbidden_is_an_authentication_failure_by_default_but_configurable() {
    assertInstanceOf(PleziAuthenticationException.class, failWith(403, null, ""));

    PleziApiException e = failWith(
        PleziClient.builder().protocol(PleziProtocol.builder().authenticationStatuses(java.util.Set.of(401)).build()),
        403, null, "", Map.of());
    assertEquals(PleziApiException.class, e.getClass());
    assertEquals(403, e.status());
  }

  @Test
  void unknown_form_404_becomes_not_found() {
    PleziApiException e = failWith(404, "application/json",
        "{\"errors\":[{\"title\":\"Not found\",\"detail\":\"Unknown form_id\"}]}");

    assertInstanceOf(PleziNotFoundException.class, e);
    assertEquals("Not found: Unknown form_id", e.vendorMessage().orElseThrow());
  }

  @Test
  void rate_limiting_carries_retry_after_in_seconds() {
    PleziApiException e = failWith(PleziClient.builder(), 429, "text/plain", "slow down",
        Map.of("Retry-After", "7"));

    PleziRateLimitedException r = assertInstanceOf(PleziRateLimitedException.class, e);
    assertEquals(Duration.ofSeconds(7), r.retryAfter().orElseThrow());
    assertTrue(r.retriable());
    assertEquals("slow down", r.vendorMessage().orElseThrow());
  }

  @Test
  void rate_limiting_reads_an_http_date_against_the_injected_clock() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    PleziApiException e = failWith(PleziClient.builder().clock(clock), 429, null, "",
        Map.of("Retry-After", "Fri, 27 Nov 2026 10:01:30 GMT"));

    assertEquals(Duration.ofSeconds(90),
        assertInstanceOf(PleziRateLimitedException.class, e).retryAfter().orElseThrow());
  }

  @Test
  void html_error_page_becomes_a_server_exception_with_a_summary_not_the_page() {
    String page = "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(5000) + "</body></html>";
    PleziApiException e = failWith(502, "text/html", page);

    assertInstanceOf(PleziServerException.class, e);
    assertTrue(e.retriable());
    assertTrue(e.errors().isEmpty());
    assertTrue(e.vendorMessage().orElseThrow().startsWith("non-JSON error body (text/html"),
        e.vendorMessage().orElseThrow());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Test
  void malformed_json_error_body_is_kept_as_clipped_text() {
    PleziApiException e = failWith(500, "application/json", "{\"errors\": [oops " + "y".repeat(1000));

    assertInstanceOf(PleziServerException.class, e);
    assertTrue(e.vendorMessage().orElseThrow().startsWith("{\"errors\": [oops"));
    assertTrue(e.vendorMessage().orElseThrow().length() <= 303);
  }

  @Test
  void other_client_errors_stay_plain_api_exceptions() {
    PleziApiException e = failWith(409, "application/json", "{\"error\":\"Conflict\"}");

    assertEquals(PleziApiException.class, e.getClass());
    assertEquals("Conflict", e.vendorMessage().orElseThrow());
  }

  @Test
  void a_dropped_connection_is_a_retriable_transport_exception() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    PleziApiException e = assertThrows(PleziApiException.class,
        () -> client(PleziClient.builder()).contacts().upsertFromWebform(WebformContact.builder()
            .email("owner@example.com").formId("5d5188d4f420874ad39371d6")
            .contentWebFormId("6311128ae317a70f550b73fc").build()));

    assertSame(PleziTransportException.class, e.getClass());
    assertEquals(0, e.status());
    assertTrue(e.retriable());
  }

  @Test
  void a_huge_retry_after_is_clamped_to_one_day() {
    PleziApiException e = failWith(PleziClient.builder(), 429, null, "",
        Map.of("Retry-After", "9223372036854775807"));

    assertEquals(Duration.ofDays(1),
        assertInstanceOf(PleziRateLimitedException.class, e).retryAfter().orElseThrow());
  }

  static <T> T assertInstanceOf(Class<T> type, Object value) {
    return org.junit.jupiter.api.Assertions.assertInstanceOf(type, value);
  }
}
