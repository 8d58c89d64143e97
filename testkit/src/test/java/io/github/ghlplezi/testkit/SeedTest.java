package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedTest {

  private static List<String> tagIds(Sandbox sandbox, String locationId) {
    Http.Response r = Http.ghl(sandbox.ghl().baseUrl(), sandbox.ghl().privateIntegrationToken(locationId))
        .get("social-media-posting/" + locationId + "/tags?limit=100&skip=0");
    List<String> ids = new ArrayList<>();
    r.json().at("/results/tags").forEach(t -> ids.add(t.get("_id").asText()));
    return ids;
  }

  @Test
  void same_seed_gives_identical_locations_tags_tokens_and_plezi_credentials() {
    try (Sandbox a = Sandbox.start(); Sandbox b = Sandbox.start()) {
      assertEquals(a.ghl().locations(), b.ghl().locations());
      for (SeededLocation l : a.ghl().locations()) {
        assertEquals(a.ghl().privateIntegrationToken(l.id()), b.ghl().privateIntegrationToken(l.id()));
        assertEquals(a.ghl().activeTagNames(l.id()), b.ghl().activeTagNames(l.id()));
        assertEquals(tagIds(a, l.id()), tagIds(b, l.id()));
      }
      assertEquals(a.plezi().apiKey(), b.plezi().apiKey());
      assertEquals(a.plezi().formId(), b.plezi().formId());
      assertEquals(a.plezi().contentWebFormId(), b.plezi().contentWebFormId());
    }
  }

  @Test
  void another_seed_gives_other_ids() {
    try (Sandbox a = Sandbox.start(); Sandbox b = Sandbox.builder().seed(7).start()) {
      assertNotEquals(a.ghl().locations().get(0).id(), b.ghl().locations().get(0).id());
      assertNotEquals(a.plezi().apiKey(), b.plezi().apiKey());
    }
  }

  @Test
  void default_seed_has_three_named_locations_with_3_to_8_tags_and_2_to_3_accounts() {
    try (Sandbox s = Sandbox.start()) {
      List<SeededLocation> locations = s.ghl().locations();
      assertTrue(locations.size() >= 3, "locations: " + locations);
      Set<String> ids = new HashSet<>();
      for (SeededLocation l : locations) {
        assertTrue(l.id().matches("[A-Za-z0-9]{20}"), l.id());
        assertTrue(ids.add(l.id()));
        assertTrue(l.name().length() > 5);
        Http.Response r = Http.ghl(s.ghl().baseUrl(), s.ghl().privateIntegrationToken(l.id()))
            .get("social-media-posting/" + l.id() + "/tags?limit=100");
        JsonNode tags = r.json().at("/results/tags");
        assertTrue(tags.size() >= 3 && tags.size() <= 8, "tags " + tags.size());
        for (JsonNode t : tags) {
          assertTrue(t.get("_id").asText().matches("[0-9a-f]{24}"), t.toString());
          assertTrue(t.get("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        }
        JsonNode accounts = Http.ghl(s.ghl().baseUrl(), s.ghl().privateIntegrationToken(l.id()))
            .get("social-media-posting/" + l.id() + "/accounts").json().at("/results/accounts");
        assertTrue(accounts.size() >= 2 && accounts.size() <= 3, "accounts " + accounts.size());
      }
    }
  }

  @Test
  void plezi_tag_field_options_are_the_slugs_of_every_seeded_ghl_tag_name() {
    try (Sandbox s = Sandbox.start()) {
      Set<String> expected = new LinkedHashSet<>();
      for (SeededLocation l : s.ghl().locations()) {
        for (String name : s.ghl().activeTagNames(l.id())) {
          expected.add(TestSlugs.slug(name));
        }
      }
      assertEquals("plz_social_tags", s.plezi().tagFieldKey());
      assertEquals(expected, new LinkedHashSet<>(s.plezi().fieldOptions("plz_social_tags")));
      assertTrue(expected.contains("spring-sale"), expected.toString());
      assertTrue(expected.contains("new-product"), expected.toString());
    }
  }

  @Test
  void plezi_seeded_ids_have_the_vendor_shapes() {
    try (Sandbox s = Sandbox.start()) {
      assertTrue(s.plezi().formId().matches("[0-9a-f]{24}"));
      assertTrue(s.plezi().contentWebFormId().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
      assertTrue(s.plezi().legacyBaseUrl().matches("http://127\\.0\\.0\\.1:\\d+/api/v1/"));
      assertTrue(s.ghl().baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/"));
    }
  }

  @Test
  void close_stops_the_servers_and_can_be_called_twice() {
    Sandbox s = Sandbox.start();
    String base = s.ghl().baseUrl();
    s.close();
    s.close();
    org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class, () -> Http.at(base).get("oauth/token"));
  }
}
