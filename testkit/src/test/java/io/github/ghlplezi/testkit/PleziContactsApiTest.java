package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PleziContactsApiTest {
  private Sandbox sandbox;
  private Http http;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    http = PleziWebformTest.legacy(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void post_contacts_creates_from_a_form_body_then_updates_from_json() {
    Http.Response created = http.postForm("contacts", Map.of("email", "p@example.com", "first_name", "Pat",
        "plz_social_tags", "spring-sale"));
    assertEquals(201, created.status(), created.body());
    Http.Response updated = http.postJson("contacts",
        "{\"email\":\"p@example.com\",\"plz_social_tags\":[\"new-product\"],\"keep_multiple_select_values\":true}");
    assertEquals(200, updated.status(), updated.body());
    PleziContact c = sandbox.plezi().contact("p@example.com").orElseThrow();
    assertEquals(List.of("spring-sale", "new-product"), c.field("plz_social_tags"));
    assertEquals(List.of("Pat"), c.field("first_name"));
    assertEquals(List.of("spring-sale", "new-product"),
        List.of(updated.json().at("/data/attributes/custom_fields/plz_social_tags/0").asText(),
            updated.json().at("/data/attributes/custom_fields/plz_social_tags/1").asText()));
  }

  @Test
  void post_contacts_accepts_a_json_api_document() {
    Http.Response r = http.postJson("contacts", "{\"data\":{\"type\":\"contacts\",\"attributes\":{\"email\":\"j@example.com\",\"last_name\":\"Doe\"}}}");
    assertEquals(201, r.status(), r.body());
    assertEquals(List.of("Doe"), sandbox.plezi().contact("j@example.com").orElseThrow().field("last_name"));
  }

  @Test
  void post_contacts_requires_auth_and_an_email() {
    assertEquals(401, http.without("X-API-Key").postForm("contacts", Map.of("email", "x@example.com")).status());
    assertEquals(422, http.postForm("contacts", Map.of("first_name", "No mail")).status());
  }

  private List<String> emails(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("data").forEach(d -> out.add(d.at("/attributes/email").asText()));
    return out;
  }

  @Test
  void lists_contacts_with_limit_offset_and_with_page_per_page_and_empty_past_the_end() {
    for (int i = 0; i < 5; i++) {
      http.postForm("contacts", Map.of("email", "c" + i + "@example.com"));
    }
    JsonNode page = http.get("contacts?limit=2&offset=2").json();
    assertEquals(List.of("c2@example.com", "c3@example.com"), emails(page));
    assertEquals(5, page.at("/meta/total_results").asInt());
    JsonNode brainStyle = http.get("contacts?page=3&per_page=2").json();
    assertEquals(List.of("c4@example.com"), emails(brainStyle));
    assertEquals(List.of(), emails(http.get("contacts?limit=2&offset=10").json()));
    assertEquals(422, http.get("contacts?limit=abc").status());
    String id = page.at("/data/0/id").asText();
    assertEquals("c2@example.com", http.get("contacts/" + id).json().at("/data/attributes/email").asText());
  }

  @Test
  void contact_lists_are_listed_and_read_only() {
    Http.Response r = http.get("contact_lists");
    assertEquals(200, r.status());
    JsonNode first = r.json().at("/data/0");
    assertEquals("contact_lists", first.get("type").asText());
    assertTrue(first.at("/attributes/name").isTextual());
    assertTrue(first.at("/attributes/created_at").isTextual());
    assertEquals(sandbox.plezi().lists().size(), r.json().at("/meta/total_results").asInt());
    assertEquals(405, http.postJson("contact_lists", "{\"name\":\"x\"}").status());
    assertEquals(404, http.postJson("workflows", "{}").status());
  }
}
