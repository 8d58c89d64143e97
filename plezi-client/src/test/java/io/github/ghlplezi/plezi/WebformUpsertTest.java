package io.github.ghlplezi.plezi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ghlplezi.plezi.model.ContactFields;
import io.github.ghlplezi.plezi.model.UpsertResult;
import io.github.ghlplezi.plezi.model.WebformContact;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebformUpsertTest {

  static final String KEY = "pk_live_0123456789abcdef";
  static final String TENANT = "Acme";
  static final String FORM = "5d5188d4f420874ad39371d6";
  static final String CONTENT_FORM = "6311128ae317a70f550b73fc";
  static final String PATH = "/api/v1/create_contact_after_webform";

  @RegisterExtension
  static final WireMockExtension wm = WireMockExtension.newInstance()
      .options(options().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  PleziClient client() {
    return client(PleziClient.builder());
  }

  PleziClient client(PleziClient.Builder builder) {
    return builder.legacyBaseUrl(("http://127.0.0.1:" + wm.getPort()) + "/api/v1/").apiKey(KEY).tenantCompany(TENANT).build();
  }

  static WebformContact.Builder contact() {
    return WebformContact.builder().email("owner@example.com").formId(FORM)
        .contentWebFormId(CONTENT_FORM);
  }

  LoggedRequest onlyRequest() {
    List<LoggedRequest> all = wm.findAll(anyRequestedFor(anyUrl()));
    assertEquals(1, all.size(), "requests received");
    return all.get(0);
  }

  static HttpUrl url(LoggedRequest r) {
    return HttpUrl.get("http://x" + r.getUrl());
  }

  @Test
  void sends_get_with_both_credentials_and_every_value_in_the_query_and_reports_creation_on_201() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-1")
        .withBody("{\"data\":{\"id\":\"c-42\",\"type\":\"contact\"}}")));

    UpsertResult r = client().contacts().upsertFromWebform(contact()
        .firstName("Ada").lastName("Lovelace").company("Analytical")
        .fields(ContactFields.builder()
            .multiSelect("plz_social_tags", List.of("spring-sale", "new-product")).build())
        .keepMultipleSelectValues(false)
        .addSubscriptions("6311128ae317a70f550b73fc")
        .addConsents("newsletter")
        .utmSource("ghl").utmMedium("social").utm("winter").gclid("g-1").referer("https://x.example/")
        .visit("v-1").visitor("vis-1")
        .build());

    assertTrue(r.created());
    assertEquals(201, r.status());
    assertEquals("c-42", r.contactId().orElseThrow());
    assertEquals("req-1", r.requestId().orElseThrow());
    LoggedRequest req = onlyRequest();
    assertEquals("GET", req.getMethod().getName());
    assertEquals(KEY, req.getHeader("X-API-Key"));
    assertEquals(TENANT, req.getHeader("X-Tenant-Company"));
    assertEquals("application/json", req.getHeader("Accept"));
    HttpUrl url = url(req);
    assertEquals(PATH, url.encodedPath());
    assertEquals("owner@example.com", url.queryParameter("email"));
    assertEquals(FORM, url.queryParameter("form_id"));
    assertEquals(CONTENT_FORM, url.queryParameter("content_web_form_id"));
    assertEquals("Ada", url.queryParameter("first_name"));
    assertEquals("Lovelace", url.queryParameter("last_name"));
    assertEquals("Analytical", url.queryParameter("company"));
    assertEquals("false", url.queryParameter("keep_multiple_select_values"));
    assertEquals(List.of("spring-sale", "new-product"), url.queryParameterValues("plz_social_tags[]"));
    assertEquals(null, url.queryParameter("plz_social_tags"));
    assertEquals("6311128ae317a70f550b73fc", url.queryParameter("subscriptions"));
    assertEquals(List.of("newsletter"), url.queryParameterValues("consents[]"));
    assertEquals("ghl", url.queryParameter("utm_source"));
    assertEquals("social", url.queryParameter("utm_medium"));
    assertEquals("winter", url.queryParameter("utm"));
    assertEquals("g-1", url.queryParameter("gclid"));
    assertEquals("https://x.example/", url.queryParameter("referer"));
    assertEquals("v-1", url.queryParameter("visit"));
    assertEquals("vis-1", url.queryParameter("visitor"));
  }

  @Test
  void reports_an_update_on_200_with_an_empty_json_object() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{}")));

    UpsertResult r = client().contacts().upsertFromWebform(contact().build());

    assertFalse(r.created());
    assertEquals(200, r.status());
    assertTrue(r.contactId().isEmpty());
    assertEquals(null, url(onlyRequest()).queryParameter("keep_multiple_select_values"),
        "not sent unless set");
  }

  @Test
  void refuses_a_200_carrying_html_invalid_json_a_wrong_shape_or_nothing() {
    for (String body : List.of("", "<html><body>Maintenance " + KEY + "</body></html>",
        "{\"data\":", "[]", "\"ok\"", "null", "{\"data\":\"x\"}", "{} trailing")) {
      wm.resetAll();
      wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "text/html").withBody(body)));

      PleziUnexpectedResponseException e = assertThrows(PleziUnexpectedResponseException.class,
          () -> client().contacts().upsertFromWebform(contact().build()), body);

      assertEquals(200, e.status(), body);
      assertFalse(e.retriable(), body);
      assertEquals(io.github.ghlplezi.http.FailureKind.PERMANENT, e.failureKind(), body);
      assertTrue(e.getMessage().contains("without the expected JSON body"), e.getMessage());
      assertFalse(e.getMessage().contains(KEY), "the key is masked: " + e.getMessage());
      if (body.startsWith("<html>")) {
        assertTrue(e.getMessage().contains("'<html><body>Maintenance [REDACTED]</body></html>'"),
            e.getMessage());
      }
    }
  }

  @Test
  void quotes_at_most_two_hundred_characters_of_an_unexpected_body() {
    String page = "<html>" + "x".repeat(5000) + "</html>";
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201).withBody(page)));

    PleziUnexpectedResponseException e = assertThrows(PleziUnexpectedResponseException.class,
        () -> client().contacts().upsertFromWebform(contact().build()));

    assertTrue(e.getMessage().length() < 400, e.getMessage());
    assertTrue(e.getMessage().contains("(5013 bytes)"), e.getMessage());
  }

  @Test
  void comma_encoding_joins_the_options_into_one_parameter() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{}")));

    client(PleziClient.builder().protocol(PleziProtocol.builder()
        .multiSelectEncoding(PleziProtocol.MultiSelectEncoding.COMMA).build())).contacts()
        .upsertFromWebform(contact().keepMultipleSelectValues(true)
            .fields(ContactFields.builder().multiSelect("plz_social_tags", "a-b", "c").build())
            .build());

    HttpUrl url = url(onlyRequest());
    assertEquals("a-b,c", url.queryParameter("plz_social_tags"));
    assertTrue(url.queryParameterValues("plz_social_tags[]").isEmpty());
    assertEquals("true", url.queryParameter("keep_multiple_select_values"));
  }

  @Test
  void typed_fields_are_written_with_one_encoding_each() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{}")));

    client().contacts().upsertFromWebform(contact()
        .fields(ContactFields.builder()
            .number("plz_score", 42)
            .number("plz_ratio", new BigDecimal("1E+3"))
            .date("plz_day", LocalDate.of(2026, 11, 27))
            .dateTime("plz_at", Instant.parse("2026-11-27T10:15:30Z"))
            .select("plz_je_suis", "une-entreprise")
            .text("plz_note", "Hello, world & co")
            .multiSelect("plz_cleared", List.of())
            .build())
        .build());

    HttpUrl url = url(onlyRequest());
    assertEquals("42", url.queryParameter("plz_score"));
    assertEquals("1000", url.queryParameter("plz_ratio"));
    assertEquals("2026-11-27", url.queryParameter("plz_day"));
    assertEquals("2026-11-27T10:15:30Z", url.queryParameter("plz_at"));
    assertEquals("une-entreprise", url.queryParameter("plz_je_suis"));
    assertEquals("Hello, world & co", url.queryParameter("plz_note"));
    assertEquals("", url.queryParameter("plz_cleared"));
  }

  @Test
  void a_configured_date_format_and_comma_encoding_apply_together() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("{}")));

    client(PleziClient.builder().protocol(PleziProtocol.builder()
        .dateFormat(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
        .multiSelectEncoding(PleziProtocol.MultiSelectEncoding.COMMA).build()))
        .contacts().upsertFromWebform(contact().fields(ContactFields.builder()
            .date("plz_day", LocalDate.of(2026, 11, 27)).multiSelect("plz_x", "a", "b").build())
            .build());

    HttpUrl url = url(onlyRequest());
    assertEquals("27/11/2026", url.queryParameter("plz_day"));
    assertEquals("a,b", url.queryParameter("plz_x"));
  }

  @Test
  void accepts_a_uuid_content_web_form_id() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201).withBody("{}")));

    UpsertResult r = client().contacts().upsertFromWebform(contact()
        .contentWebFormId("3f2504e0-4f89-11d3-9a0c-0305e82c3301").build());

    assertTrue(r.created());
  }

  @Test
  void rejects_every_violation_at_once_before_any_call() {
    PleziRequestInvalidException e = assertThrows(PleziRequestInvalidException.class,
        () -> client().contacts().upsertFromWebform(WebformContact.builder()
            .email("not-an-email")
            .formId("5d5188d4")
            .contentWebFormId("nope")
            .addSubscriptions("xyz")
            .fields(ContactFields.builder()
                .multiSelect("plz_social_tags", "spring-sale", "Spring Sale!")
                .text("Bad Key", "x")
                .text("email", "second@example.com")
                .build())
            .build()));

    assertEquals(0, e.status());
    List<String> fields = e.violations().stream()
        .map(PleziRequestInvalidException.Violation::field).toList();
    assertEquals(List.of("contentWebFormId", "email", "fields[Bad Key].key", "fields[email].key",
        "fields[plz_social_tags].options[1]", "formId", "subscriptions[0]"), fields);
    assertTrue(e.getMessage().startsWith("Invalid Plezi contact upsert request (7 violations)"),
        e.getMessage());
    assertTrue(e.getMessage().contains("fields[plz_social_tags].options[1]: must be an option slug"),
        e.getMessage());
    assertTrue(e.getMessage().contains("(got 'Spring Sale!')"), e.getMessage());
    assertTrue(e.getMessage().contains("formId: must be 24 hexadecimal digits (got '5d5188d4')"),
        e.getMessage());
    assertFalse(e.getMessage().contains("not-an-email"), "e-mails stay out of messages");
    assertFalse(e.getMessage().contains("second@example.com"), "free text stays out of messages");
    assertTrue(wm.findAll(anyRequestedFor(anyUrl())).isEmpty(), "no request sent");
  }

  @Test
  void refuses_overlong_keys_values_and_free_strings_naming_each_field_before_any_call() {
    String longKey = "plz_" + "k".repeat(120);
    PleziRequestInvalidException e = assertThrows(PleziRequestInvalidException.class,
        () -> client().contacts().upsertFromWebform(contact()
            .email("a".repeat(250) + "@example.com")
            .firstName("F".repeat(256))
            .company("Acme \uD800 Ltd")
            .utmSource("u".repeat(256))
            .referer("https://x.example/" + "r".repeat(2100))
            .addConsents("c".repeat(256))
            .fields(ContactFields.builder()
                .text(longKey, "x")
                .text("plz_note", "n".repeat(70_000))
                .select("plz_choice", "s".repeat(256))
                .build())
            .build()));

    List<String> fields = e.violations().stream()
        .map(PleziRequestInvalidException.Violation::field).toList();
    assertEquals(List.of("company", "consents[0]", "email",
        "fields[plz_choice].options[0]", "fields[plz_kkkkkkkkkkkkkkkk...].key",
        "fields[plz_note].text", "firstName", "referer", "utmSource"), fields);
    assertTrue(e.getMessage().contains("firstName: must be at most 255 characters (got 256)"),
        e.getMessage());
    assertTrue(e.getMessage().contains("company: must not contain an unpaired surrogate"),
        e.getMessage());
    assertFalse(e.getMessage().contains("FFFFFFFFFF"), "free text stays out of messages");
    assertTrue(wm.findAll(anyRequestedFor(anyUrl())).isEmpty(), "no request sent");
  }

  @Test
  void refuses_an_upsert_whose_url_would_exceed_the_configured_length() {
    ContactFields.Builder many = ContactFields.builder();
    for (int i = 0; i < 40; i++) {
      many.text("plz_note_" + i, "n".repeat(250));
    }
    PleziRequestInvalidException e = assertThrows(PleziRequestInvalidException.class,
        () -> client().contacts().upsertFromWebform(contact().fields(many.build()).build()));

    assertEquals("fields", e.violations().get(0).field());
    assertTrue(e.getMessage().contains("above maxWebformUrlLength (8000)"), e.getMessage());
    assertTrue(wm.findAll(anyRequestedFor(anyUrl())).isEmpty(), "no request sent");
  }

  @Test
  void rejects_a_blank_email_once_not_twice() {
    PleziRequestInvalidException e = assertThrows(PleziRequestInvalidException.class,
        () -> client().contacts().upsertFromWebform(contact().email("").build()));

    assertEquals(List.of(new PleziRequestInvalidException.Violation("email", "must not be blank")),
        e.violations());
    assertTrue(wm.findAll(anyRequestedFor(anyUrl())).isEmpty(), "no request sent");
  }

  @Test
  void builder_requires_key_and_tenant_and_never_shows_the_key() {
    IllegalArgumentException noKey = assertThrows(IllegalArgumentException.class,
        () -> PleziClient.builder().tenantCompany(TENANT).build());
    assertEquals("apiKey is required", noKey.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PleziClient.builder().build());
    assertThrows(IllegalArgumentException.class, () -> PleziClient.builder().apiKey(KEY).build());

    PleziClient c = client();
    assertFalse(c.toString().contains(KEY), c.toString());
  }

  @Test
  void request_goes_to_a_configured_path() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/forms/submit")).willReturn(aResponse().withStatus(201).withBody("{}")));

    client(PleziClient.builder().protocol(PleziProtocol.builder().webformPath("forms/submit").build()))
        .contacts().upsertFromWebform(contact().build());

    wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/forms/submit"))
        .withQueryParam("email", equalTo("owner@example.com")));
  }
}
