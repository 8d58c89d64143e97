package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GhlTagsTest {
  private Sandbox sandbox;
  private String loc;
  private Http http;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    loc = sandbox.ghl().locations().get(0).id();
    http = Http.ghl(sandbox.ghl().baseUrl(), sandbox.ghl().privateIntegrationToken(loc));
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<String> names(JsonNode tags) {
    List<String> out = new ArrayList<>();
    tags.forEach(t -> out.add(t.get("tag").asText()));
    return out;
  }

  @Test
  void lists_tags_in_the_spec_envelope_with_every_tag_field() {
    Http.Response r = http.get("social-media-posting/" + loc + "/tags");
    assertEquals(200, r.status(), r.body());
    JsonNode body = r.json();
    assertTrue(body.get("success").asBoolean());
    assertEquals(200, body.get("statusCode").asInt());
    assertEquals("Fetched Tags by Location ID", body.get("message").asText());
    JsonNode tag = body.at("/results/tags/0");
    for (String f : List.of("_id", "tag", "locationId", "createdBy", "deleted", "createdAt", "updatedAt")) {
      assertTrue(tag.has(f), "missing " + f + " in " + tag);
    }
    assertEquals(loc, tag.get("locationId").asText());
    assertFalse(tag.get("deleted").asBoolean());
    assertEquals(sandbox.ghl().activeTagNames(loc), names(body.at("/results/tags")));
  }

  @Test
  void pages_with_string_limit_and_skip_and_counts_the_total_by_default() {
    int total = sandbox.ghl().activeTagNames(loc).size();
    JsonNode first = http.get("social-media-posting/" + loc + "/tags?limit=2&skip=0").json();
    JsonNode second = http.get("social-media-posting/" + loc + "/tags?limit=2&skip=2").json();
    JsonNode past = http.get("social-media-posting/" + loc + "/tags?limit=2&skip=100").json();
    assertEquals(2, first.at("/results/tags").size());
    assertEquals(total, first.at("/results/count").asInt());
    List<String> all = sandbox.ghl().activeTagNames(loc);
    assertEquals(all.subList(0, 2), names(first.at("/results/tags")));
    assertEquals(all.subList(2, Math.min(4, total)), names(second.at("/results/tags")));
    assertEquals(0, past.at("/results/tags").size());
  }

  @Test
  void counts_only_the_page_when_count_mode_is_page() {
    try (Sandbox s = Sandbox.builder().tagCountMode(TagCountMode.PAGE).start()) {
      String l = s.ghl().locations().get(0).id();
      JsonNode body = Http.ghl(s.ghl().baseUrl(), s.ghl().privateIntegrationToken(l))
          .get("social-media-posting/" + l + "/tags?limit=2&skip=0").json();
      assertEquals(2, body.at("/results/count").asInt());
    }
  }

  @Test
  void rejects_a_non_numeric_limit_with_a_422_message_array() {
    Http.Response r = http.get("social-media-posting/" + loc + "/tags?limit=ten");
    assertEquals(422, r.status());
    assertTrue(r.json().get("message").isArray());
    assertTrue(r.json().has("traceId"));
  }

  @Test
  void filters_by_search_text_case_insensitively() {
    sandbox.ghl().addTag(loc, "SUMMER Launch");
    sandbox.ghl().addTag(loc, "Launch party");
    JsonNode body = http.get("social-media-posting/" + loc + "/tags?searchText=launch").json();
    assertEquals(List.of("SUMMER Launch", "Launch party"), names(body.at("/results/tags")));
    assertEquals(2, body.at("/results/count").asInt());
  }

  @Test
  void excludes_soft_deleted_tags_and_shows_renames_with_a_new_updated_at() {
    String keep = sandbox.ghl().addTag(loc, "Keep me");
    String drop = sandbox.ghl().addTag(loc, "Drop me");
    sandbox.clock().advance(Duration.ofHours(1));
    sandbox.ghl().deleteTag(loc, drop);
    sandbox.ghl().renameTag(loc, keep, "Kept");
    JsonNode tags = http.get("social-media-posting/" + loc + "/tags?limit=100").json().at("/results/tags");
    assertFalse(names(tags).contains("Drop me"));
    assertFalse(names(tags).contains("Keep me"));
    JsonNode kept = null;
    for (JsonNode t : tags) {
      if (t.get("_id").asText().equals(keep)) {
        kept = t;
      }
    }
    assertEquals("Kept", kept.get("tag").asText());
    assertFalse(kept.get("createdAt").asText().equals(kept.get("updatedAt").asText()));
    assertFalse(sandbox.ghl().activeTagNames(loc).contains("Drop me"));
  }

  @Test
  void fetches_tags_by_ids_with_201_and_omits_unknown_ids() {
    String a = sandbox.ghl().addTag(loc, "Alpha");
    String b = sandbox.ghl().addTag(loc, "Beta");
    Http.Response r = http.postJson("social-media-posting/" + loc + "/tags/details",
        "{\"tagIds\":[\"" + a + "\",\"" + b + "\",\"0123456789abcdef01234567\"]}");
    assertEquals(201, r.status(), r.body());
    JsonNode body = r.json();
    assertEquals(201, body.get("statusCode").asInt());
    assertEquals("Fetched Tags by Tag IDs", body.get("message").asText());
    assertEquals(List.of("Alpha", "Beta"), names(body.at("/results/tags")));
  }

  @Test
  void listing_and_tags_by_ids_agree_on_a_soft_deleted_tag() {
    String a = sandbox.ghl().addTag(loc, "Alpha");
    String b = sandbox.ghl().addTag(loc, "Beta");
    sandbox.ghl().deleteTag(loc, b);
    JsonNode listed = http.get("social-media-posting/" + loc + "/tags?limit=100").json().at("/results/tags");
    JsonNode details = http.postJson("social-media-posting/" + loc + "/tags/details",
        "{\"tagIds\":[\"" + a + "\",\"" + b + "\"]}").json().at("/results/tags");
    assertTrue(names(listed).contains("Alpha"));
    assertFalse(names(listed).contains("Beta"));
    assertEquals(List.of("Alpha"), names(details));
    for (JsonNode t : details) {
      assertFalse(t.get("deleted").asBoolean());
    }
  }

  @Test
  void tags_by_ids_hide_a_new_tag_during_the_listing_visibility_delay() {
    sandbox.ghl().setNewTagVisibilityDelay(Duration.ofMinutes(5));
    String fresh = sandbox.ghl().addTag(loc, "Fresh");
    String body = "{\"tagIds\":[\"" + fresh + "\"]}";
    assertEquals(0, http.postJson("social-media-posting/" + loc + "/tags/details", body).json().at("/results/count").asInt());
    sandbox.clock().advance(Duration.ofMinutes(6));
    assertEquals(List.of("Fresh"), names(http.postJson("social-media-posting/" + loc + "/tags/details", body).json().at("/results/tags")));
  }

  @Test
  void rejects_tag_details_without_tag_ids_array() {
    Http.Response r = http.postJson("social-media-posting/" + loc + "/tags/details", "{\"tagIds\":\"x\"}");
    assertEquals(422, r.status());
    assertEquals(422, r.json().get("statusCode").asInt());
    assertTrue(r.json().get("message").isArray());
  }

  @Test
  void hides_new_tags_until_the_visibility_delay_has_passed() {
    sandbox.ghl().setNewTagVisibilityDelay(Duration.ofSeconds(30));
    sandbox.ghl().addTag(loc, "Brand new");
    assertFalse(names(http.get("social-media-posting/" + loc + "/tags?limit=100").json().at("/results/tags")).contains("Brand new"));
    sandbox.clock().advance(Duration.ofSeconds(30));
    assertTrue(names(http.get("social-media-posting/" + loc + "/tags?limit=100").json().at("/results/tags")).contains("Brand new"));
  }
}
