package io.github.ghlplezi.plezi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ghlplezi.plezi.model.Contact;
import io.github.ghlplezi.plezi.model.ContactFields;
import io.github.ghlplezi.plezi.model.ContactList;
import io.github.ghlplezi.plezi.model.ContactPage;
import io.github.ghlplezi.plezi.model.NewContact;
import io.github.ghlplezi.plezi.model.UpsertResult;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContactsAndListsTest {

  @RegisterExtension
  static final WireMockExtension wm = WireMockExtension.newInstance()
      .options(options().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  PleziClient client(PleziClient.Builder b) {
    return b.legacyBaseUrl(("http://127.0.0.1:" + wm.getPort()) + "/api/v1/").apiKey("key-1234").tenantCompany("Acme")
        .build();
  }

  List<LoggedRequest> requests() {
    return wm.findAll(anyRequestedFor(anyUrl()));
  }

  @Test
  void creates_a_contact_with_a_form_body_by_default() {
    wm.stubFor(post(urlPathEqualTo("/api/v1/contacts")).willReturn(aResponse().withStatus(201)
        .withBody("{\"id\":\"77\"}")));

    UpsertResult r = client(PleziClient.builder()).contacts().create(NewContact.builder()
        .email("new@example.com").firstName("Grace").lastName("Hopper")
        .fields(ContactFields.builder().multiSelect("plz_social_tags", "a", "b").build())
        .build());

    assertTrue(r.created());
    assertEquals("77", r.contactId().orElseThrow());
    LoggedRequest req = requests().get(0);
    assertEquals("POST", req.getMethod().getName());
    assertEquals("key-1234", req.getHeader("X-API-Key"));
    assertTrue(req.getHeader("Content-Type").startsWith("application/x-www-form-urlencoded"));
    assertEquals("email=new%40example.com&first_name=Grace&last_name=Hopper"
        + "&plz_social_tags%5B%5D=a&plz_social_tags%5B%5D=b", req.getBodyAsString());
  }

  @Test
  void creates_a_contact_with_a_json_body_when_configured() throws Exception {
    wm.stubFor(post(urlPathEqualTo("/api/v1/contacts")).willReturn(aResponse().withStatus(200)
        .withBody("{}")));

    UpsertResult r = client(PleziClient.builder().protocol(PleziProtocol.builder()
        .contactWriteFormat(PleziProtocol.ContactWriteFormat.JSON).build()))
        .contacts().create(NewContact.builder().email("new@example.com").company("Navy")
            .fields(ContactFields.builder().multiSelect("plz_social_tags", "a", "b")
                .number("plz_n", 3).build())
            .build());

    assertFalse(r.created());
    LoggedRequest req = requests().get(0);
    assertTrue(req.getHeader("Content-Type").startsWith("application/json"));
    JsonNode body = new ObjectMapper().readTree(req.getBodyAsString());
    assertEquals("new@example.com", body.get("email").asText());
    assertEquals("Navy", body.get("company").asText());
    assertEquals("[\"a\",\"b\"]", body.get("plz_social_tags").toString());
    assertEquals("3", body.get("plz_n").asText());
  }

  @Test
  void contact_creation_is_validated_before_any_call() {
    PleziRequestInvalidException e = assertThrows(PleziRequestInvalidException.class,
        () -> client(PleziClient.builder()).contacts().create(NewContact.builder().email("x@")
            .fields(ContactFields.builder().select("plz_x", "Not A Slug").build()).build()));

    assertEquals(List.of("email", "fields[plz_x].options[0]"), e.violations().stream()
        .map(PleziRequestInvalidException.Violation::field).collect(Collectors.toList()));
    assertTrue(requests().isEmpty());
  }

  @Test
  void lists_a_page_of_json_api_contacts_with_limit_and_offset() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/contacts")).willReturn(aResponse().withStatus(200)
        .withBody("{\"data\":[{\"id\":\"1\",\"type\":\"contact\",\"attributes\":{"
            + "\"emails\":[\"a@example.com\",\"a2@example.com\"],\"first_name\":\"A\","
            + "\"created_at\":\"2026-01-02T03:04:05.000+01:00\",\"plz_social_tags\":[\"x\",\"y\"],"
            + "\"behaviour_score\":12}}],\"meta\":{\"total_results\":11}}")));

    ContactPage page = client(PleziClient.builder()).contacts().list(1, 10);

    wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/contacts"))
        .withQueryParam("limit", equalTo("1")).withQueryParam("offset", equalTo("10")));
    Contact c = page.contacts().get(0);
    assertEquals("1", c.id());
    assertEquals("a@example.com", c.email().orElseThrow());
    assertEquals(List.of("a@example.com", "a2@example.com"), c.emails());
    assertEquals("A", c.firstName().orElseThrow());
    assertEquals(Instant.parse("2026-01-02T02:04:05Z"), c.createdAt().orElseThrow());
    assertEquals(List.of("x", "y"), c.fields().get("plz_social_tags"));
    assertEquals(List.of("12"), c.fields().get("behaviour_score"));
    assertEquals(11L, page.total().orElseThrow());
    assertTrue(page.last(), "offset 10 + 1 reaches the total of 11");
  }

  @Test
  void streams_every_contact_lazily_across_pages_of_a_plain_array() {
    for (int offset = 0; offset <= 4; offset += 2) {
      StringBuilder body = new StringBuilder("[");
      for (int i = offset; i < Math.min(offset + 2, 5); i++) {
        body.append(i > offset ? "," : "").append("{\"id\":").append(i)
            .append(",\"email\":\"c").append(i).append("@example.com\"}");
      }
      wm.stubFor(get(urlPathEqualTo("/api/v1/contacts"))
          .withQueryParam("offset", equalTo(Integer.toString(offset)))
          .willReturn(aResponse().withStatus(200).withBody(body.append("]").toString())));
    }
    PleziContacts contacts = client(PleziClient.builder()).contacts();

    Iterator<Contact> it = contacts.stream(2).iterator();
    assertEquals(0, requests().size(), "nothing fetched before the stream is consumed");
    assertEquals("0", it.next().id());
    assertEquals(1, requests().size());
    it.next();
    it.next();
    assertEquals(2, requests().size(), "second page fetched only when needed");

    assertEquals(List.of("c0@example.com", "c1@example.com", "c2@example.com", "c3@example.com",
        "c4@example.com"), contacts.stream(2).map(c -> c.email().orElseThrow())
        .collect(Collectors.toList()));
  }

  @Test
  void follows_a_server_that_caps_the_page_size_until_the_stated_total() {
    for (int offset = 0; offset < 5; offset += 2) {
      StringBuilder data = new StringBuilder();
      for (int i = offset; i < Math.min(offset + 2, 5); i++) {
        data.append(i > offset ? "," : "").append("{\"id\":\"").append(i).append("\"}");
      }
      wm.stubFor(get(urlPathEqualTo("/api/v1/contacts"))
          .withQueryParam("offset", equalTo(Integer.toString(offset)))
          .willReturn(aResponse().withStatus(200).withBody("{\"data\":[" + data
              + "],\"meta\":{\"total_results\":5}}")));
    }

    List<String> ids = client(PleziClient.builder()).contacts().stream(500).map(Contact::id)
        .collect(Collectors.toList());

    assertEquals(List.of("0", "1", "2", "3", "4"), ids);
    assertEquals(List.of("0", "2", "4"), requests().stream()
        .map(r -> r.queryParameter("offset").firstValue()).sorted().collect(Collectors.toList()));
  }

  @Test
  void numbered_pages_are_requested_when_configured() {
    for (int page = 1; page <= 3; page++) {
      StringBuilder data = new StringBuilder();
      for (int i = (page - 1) * 2; i < Math.min(page * 2, 5); i++) {
        data.append(data.length() > 0 ? "," : "").append("{\"id\":\"").append(i).append("\"}");
      }
      wm.stubFor(get(urlPathEqualTo("/api/v1/contacts"))
          .withQueryParam("page", equalTo(Integer.toString(page)))
          .withQueryParam("per_page", equalTo("2"))
          .willReturn(aResponse().withStatus(200).withBody("{\"data\":[" + data + "]}")));
    }
    PleziContacts contacts = client(PleziClient.builder()
        .protocol(PleziProtocol.builder()
        .listingPaging(PleziProtocol.ListingPaging.PAGE_PER_PAGE).build())).contacts();

    assertEquals(List.of("0", "1", "2", "3", "4"),
        contacts.stream(2).map(Contact::id).collect(Collectors.toList()));
    assertEquals(3, requests().size());
    assertEquals(List.of("2", "3"), contacts.list(2, 2).contacts().stream().map(Contact::id)
        .collect(Collectors.toList()));
    PleziRequestInvalidException e = assertThrows(PleziRequestInvalidException.class,
        () -> contacts.list(2, 3));
    assertEquals("offset", e.violations().get(0).field());
  }

  @Test
  void numbered_pages_capped_by_the_server_are_reported_not_skipped() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/contacts")).willReturn(aResponse().withStatus(200)
        .withBody("{\"data\":[{\"id\":\"1\"},{\"id\":\"2\"}],\"meta\":{\"total_results\":9}}")));

    PleziApiException e = assertThrows(PleziApiException.class, () -> client(PleziClient.builder()
        .protocol(PleziProtocol.builder()
        .listingPaging(PleziProtocol.ListingPaging.PAGE_PER_PAGE).build())).contacts().stream(5).count());
    assertTrue(e.getMessage().contains("caps the page size"), e.getMessage());
  }

  @Test
  void stops_with_an_error_when_the_server_ignores_the_offset() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/contacts")).willReturn(aResponse().withStatus(200)
        .withBody("[{\"id\":\"1\"},{\"id\":\"2\"}]")));

    PleziApiException e = assertThrows(PleziApiException.class,
        () -> client(PleziClient.builder()).contacts().stream(2).count());
    assertTrue(e.getMessage().contains("offset parameter seems to be ignored"), e.getMessage());
    assertEquals(2, requests().size());
  }

  @Test
  void a_listing_without_a_collection_is_an_error_not_an_empty_result() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/contacts")).willReturn(aResponse().withStatus(200)
        .withBody("{\"status\":\"ok\"}")));

    PleziApiException e = assertThrows(PleziApiException.class,
        () -> client(PleziClient.builder()).contacts().list(10, 0));
    assertTrue(e.getMessage().contains("without a contact collection"), e.getMessage());
  }

  @Test
  void rejects_a_page_size_out_of_range_before_any_call() {
    PleziRequestInvalidException e = assertThrows(PleziRequestInvalidException.class,
        () -> client(PleziClient.builder()).contacts().list(0, -1));
    assertEquals(2, e.violations().size());
    assertTrue(requests().isEmpty());
  }

  @Test
  void streams_reject_a_page_size_out_of_range_when_called_before_any_call() {
    PleziClient client = client(PleziClient.builder());
    for (int bad : new int[] {0, -1, 1001}) {
      PleziRequestInvalidException contacts = assertThrows(PleziRequestInvalidException.class,
          () -> client.contacts().stream(bad));
      assertEquals("limit", contacts.violations().get(0).field());
      PleziRequestInvalidException lists = assertThrows(PleziRequestInvalidException.class,
          () -> client.contactLists().stream(bad));
      assertEquals("limit", lists.violations().get(0).field());
    }
    assertTrue(requests().isEmpty());
  }

  @Test
  void reads_contact_lists() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/contact_lists")).willReturn(aResponse().withStatus(200)
        .withBody("{\"data\":[{\"id\":\"l1\",\"attributes\":{\"name\":\"Spring\","
            + "\"created_at\":\"2026-03-01T00:00:00Z\",\"updated_at\":\"weird\"}},"
            + "{\"id\":\"l2\",\"name\":\"Leads\"}]}")));

    List<ContactList> lists = client(PleziClient.builder()).contactLists().list();

    assertEquals(2, lists.size());
    assertEquals("Spring", lists.get(0).name().orElseThrow());
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), lists.get(0).createdAt().orElseThrow());
    assertTrue(lists.get(0).updatedAt().isEmpty(), "an unreadable timestamp is dropped, not fatal");
    assertEquals("Leads", lists.get(1).name().orElseThrow());
    assertEquals("Acme", requests().get(0).getHeader("X-Tenant-Company"));
    assertEquals("/api/v1/contact_lists?limit=100&offset=0", requests().get(0).getUrl());
  }
}
