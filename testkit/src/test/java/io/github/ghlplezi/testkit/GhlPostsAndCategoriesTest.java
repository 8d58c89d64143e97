package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GhlPostsAndCategoriesTest {
  private static final String WHOLE_RANGE =
      "\"fromDate\":\"2026-01-01T00:00:00.000Z\",\"toDate\":\"2027-01-01T00:00:00.000Z\",\"includeUsers\":\"false\"";

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

  @Test
  void bulk_delete_refuses_more_than_50_ids_with_400_and_deletes_the_ones_it_finds() {
    JsonNode list = http.postJson("social-media-posting/" + loc + "/posts/list",
        "{\"type\":\"all\",\"skip\":\"0\",\"limit\":\"10\"," + WHOLE_RANGE + "}").json();
    String first = list.at("/results/posts/0/_id").asText();
    StringBuilder tooMany = new StringBuilder("{\"postIds\":[\"" + first + "\"");
    for (int i = 0; i < 50; i++) {
      tooMany.append(",\"65fbdcfecc884f07e645e").append(String.format("%03d", i)).append('"');
    }
    Http.Response refused = http.postJson("social-media-posting/" + loc + "/posts/bulk-delete", tooMany + "]}");
    assertEquals(400, refused.status(), refused.body());
    assertEquals(200, http.get("social-media-posting/" + loc + "/posts/" + first).status(), "nothing deleted");

    Http.Response deleted = http.postJson("social-media-posting/" + loc + "/posts/bulk-delete",
        "{\"postIds\":[\"" + first + "\",\"000000000000000000000000\"]}");
    assertEquals(201, deleted.status(), deleted.body());
    assertEquals(1, deleted.json().at("/results/deletedCount").asInt());
    assertEquals(404, http.get("social-media-posting/" + loc + "/posts/" + first).status());
    assertEquals(404, http.postJson("social-media-posting/" + loc + "/posts/bulk-delete",
        "{\"postIds\":[\"" + first + "\"]}").status());
  }

  @Test
  void lists_categories_with_search_and_fetches_one_by_id() {
    JsonNode body = http.get("social-media-posting/" + loc + "/categories?limit=10&skip=0").json();
    assertEquals("Fetched Categories by Location ID", body.get("message").asText());
    assertEquals(2, body.at("/results/count").asInt());
    JsonNode promo = http.get("social-media-posting/" + loc + "/categories?searchText=promo").json();
    assertEquals(1, promo.at("/results/categories").size());
    String id = promo.at("/results/categories/0/_id").asText();
    JsonNode one = http.get("social-media-posting/" + loc + "/categories/" + id).json();
    assertEquals("Promotions", one.at("/results/category/name").asText());
    assertEquals(404, http.get("social-media-posting/" + loc + "/categories/000000000000000000000000").status());
  }

  @Test
  void lists_posts_with_201_filters_by_type_and_pages_with_string_skip_limit() {
    Http.Response all = http.postJson("social-media-posting/" + loc + "/posts/list",
        "{\"type\":\"all\",\"skip\":\"0\",\"limit\":\"10\"," + WHOLE_RANGE + "}");
    assertEquals(201, all.status(), all.body());
    int total = all.json().at("/results/count").asInt();
    assertEquals(5, total);
    JsonNode post = all.json().at("/results/posts/0");
    Set<String> tagIds = new java.util.HashSet<>();
    http.get("social-media-posting/" + loc + "/tags?limit=100").json().at("/results/tags")
        .forEach(t -> tagIds.add(t.get("_id").asText()));
    assertTrue(tagIds.contains(post.at("/tags/0").asText()), "posts carry real tag ids");
    JsonNode published = http.postJson("social-media-posting/" + loc + "/posts/list",
        "{\"type\":\"published\",\"skip\":\"0\",\"limit\":\"10\"," + WHOLE_RANGE + "}").json();
    published.at("/results/posts").forEach(p -> assertEquals("published", p.get("status").asText()));
    JsonNode page = http.postJson("social-media-posting/" + loc + "/posts/list",
        "{\"skip\":\"4\",\"limit\":\"2\"," + WHOLE_RANGE + "}").json();
    assertEquals(1, page.at("/results/posts").size());
    assertEquals(total, page.at("/results/count").asInt());
    String id = post.get("_id").asText();
    assertEquals(id, http.get("social-media-posting/" + loc + "/posts/" + id).json().at("/results/post/_id").asText());
  }

  @Test
  void rejects_a_posts_search_without_the_required_fields() {
    Http.Response r = http.postJson("social-media-posting/" + loc + "/posts/list", "{\"skip\":\"0\"}");
    assertEquals(422, r.status());
    assertTrue(r.json().get("message").toString().contains("fromDate must be a string"));
  }
}
