package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PleziWebformTest {
  private Sandbox sandbox;
  private Http http;
  private String formQuery;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    http = legacy(sandbox);
    formQuery = "create_contact_after_webform?form_id=" + sandbox.plezi().formId()
        + "&content_web_form_id=" + sandbox.plezi().contentWebFormId();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  static Http legacy(Sandbox s) {
    return Http.at(s.plezi().legacyBaseUrl())
        .header("X-API-Key", s.plezi().apiKey())
        .header("X-Tenant-Company", s.plezi().tenantCompany())
        .header("Accept", "application/json")
        .header("Content-Type", "application/json");
  }

  private static void assertJsonApiError(Http.Response r, int status) {
    assertEquals(status, r.status(), r.body());
    JsonNode error = r.json().at("/errors/0");
    assertEquals(Integer.toString(status), error.get("status").asText());
    assertTrue(error.get("title").asText().length() > 0);
    assertTrue(error.get("detail").asText().length() > 0);
  }

  @Test
  void rejects_calls_without_api_key_or_tenant_with_a_json_api_401() {
    assertJsonApiError(http.without("X-API-Key").get(formQuery + "&email=a@example.com"), 401);
    assertJsonApiError(http.without("X-Tenant-Company").get(formQuery + "&email=a@example.com"), 401);
    assertJsonApiError(http.header("X-API-Key", "wrong").get(formQuery + "&email=a@example.com"), 401);
    assertJsonApiError(http.header("X-Tenant-Company", "someone-else").get(formQuery + "&email=a@example.com"), 401);
    assertTrue(sandbox.plezi().contact("a@example.com").isEmpty());
  }

  @Test
  void answers_403_when_configured_for_auth_failures() {
    try (Sandbox s = Sandbox.builder().pleziAuthFailureStatus(403).start()) {
      assertJsonApiError(legacy(s).without("X-API-Key").get("create_contact_after_webform?email=a@example.com"), 403);
    }
  }

  @Test
  void creates_with_201_then_updates_the_same_email_with_200() {
    Http.Response created = http.get(formQuery + "&email=Owner@Example.com&first_name=Ann");
    assertEquals(201, created.status(), created.body());
    assertEquals("owner@example.com", created.json().at("/data/attributes/email").asText());
    Http.Response updated = http.get(formQuery + "&email=owner@example.com&last_name=Lee");
    assertEquals(200, updated.status(), updated.body());
    assertEquals(created.json().at("/data/id"), updated.json().at("/data/id"));
    PleziContact c = sandbox.plezi().contact("OWNER@example.com").orElseThrow();
    assertEquals(List.of("Ann"), c.field("first_name"));
    assertEquals(List.of("Lee"), c.field("last_name"));
    assertEquals(1, sandbox.plezi().contacts().size());
    assertEquals(2, sandbox.plezi().writeCount("owner@example.com"));
  }

  @Test
  void accepts_multi_select_values_comma_joined() {
    assertEquals(201, http.get(formQuery + "&email=c@example.com&plz_social_tags=spring-sale,new-product").status());
    assertEquals(List.of("spring-sale", "new-product"), sandbox.plezi().contact("c@example.com").orElseThrow().field("plz_social_tags"));
  }

  @Test
  void accepts_multi_select_values_in_bracket_form() {
    String q = formQuery + "&email=b@example.com&" + Http.enc("plz_social_tags[]") + "=spring-sale&"
        + Http.enc("plz_social_tags[]") + "=new-product";
    assertEquals(201, http.get(q).status());
    assertEquals(List.of("spring-sale", "new-product"), sandbox.plezi().contact("b@example.com").orElseThrow().field("plz_social_tags"));
  }

  @Test
  void merges_multi_select_values_when_keep_multiple_select_values_is_true() {
    http.get(formQuery + "&email=m@example.com&plz_social_tags=spring-sale");
    http.get(formQuery + "&email=m@example.com&plz_social_tags=new-product&keep_multiple_select_values=true");
    assertEquals(List.of("spring-sale", "new-product"), sandbox.plezi().contact("m@example.com").orElseThrow().field("plz_social_tags"));
  }

  @Test
  void replaces_multi_select_values_without_keep_multiple_select_values() {
    http.get(formQuery + "&email=r@example.com&plz_social_tags=spring-sale,new-product");
    http.get(formQuery + "&email=r@example.com&plz_social_tags=new-product&keep_multiple_select_values=false");
    assertEquals(List.of("new-product"), sandbox.plezi().contact("r@example.com").orElseThrow().field("plz_social_tags"));
  }

  @Test
  void rejects_an_unknown_form_id_with_a_json_api_404() {
    Http.Response r = http.get("create_contact_after_webform?form_id=000000000000000000000000&email=x@example.com");
    assertJsonApiError(r, 404);
    assertTrue(sandbox.plezi().contact("x@example.com").isEmpty());
  }

  @Test
  void rejects_a_content_web_form_of_another_form() {
    Http.Response r = http.get("create_contact_after_webform?form_id=" + sandbox.plezi().formId()
        + "&content_web_form_id=00000000-0000-4000-8000-000000000000&email=x@example.com");
    assertJsonApiError(r, 404);
  }

  @Test
  void rejects_a_missing_or_invalid_email_with_422() {
    assertJsonApiError(http.get(formQuery), 422);
    assertJsonApiError(http.get(formQuery + "&email=not-an-email"), 422);
  }

  @Test
  void ignores_unknown_options_and_fields_by_default() {
    Http.Response r = http.get(formQuery + "&email=i@example.com&plz_social_tags=spring-sale,no-such-tag&plz_unknown=1");
    assertEquals(201, r.status());
    PleziContact c = sandbox.plezi().contact("i@example.com").orElseThrow();
    assertEquals(List.of("spring-sale"), c.field("plz_social_tags"));
    assertTrue(c.field("plz_unknown").isEmpty());
  }

  @Test
  void rejects_unknown_options_and_fields_with_422_in_reject_mode() {
    try (Sandbox s = Sandbox.builder().unknownValueMode(UnknownValueMode.REJECT_422).start()) {
      String q = "create_contact_after_webform?form_id=" + s.plezi().formId() + "&email=i@example.com";
      Http h = legacy(s);
      Http.Response option = h.get(q + "&plz_social_tags=spring-sale,no-such-tag");
      assertJsonApiError(option, 422);
      assertTrue(option.json().at("/errors/0/detail").asText().contains("no-such-tag"));
      Http.Response field = h.get(q + "&plz_unknown=1");
      assertJsonApiError(field, 422);
      assertTrue(field.json().at("/errors/0/detail").asText().contains("plz_unknown"));
      assertTrue(s.plezi().contact("i@example.com").isEmpty(), "a rejected write changes nothing");
    }
  }

  @Test
  void creates_unknown_options_and_fields_in_auto_create_mode() {
    try (Sandbox s = Sandbox.builder().unknownValueMode(UnknownValueMode.AUTO_CREATE).start()) {
      String q = "create_contact_after_webform?form_id=" + s.plezi().formId() + "&email=i@example.com";
      assertEquals(201, legacy(s).get(q + "&plz_social_tags=spring-sale,brand-new&plz_new_field=hello").status());
      PleziContact c = s.plezi().contact("i@example.com").orElseThrow();
      assertEquals(List.of("spring-sale", "brand-new"), c.field("plz_social_tags"));
      assertEquals(List.of("hello"), c.field("plz_new_field"));
      assertTrue(s.plezi().fieldOptions("plz_social_tags").contains("brand-new"));
    }
  }

  @Test
  void concurrent_submissions_for_one_email_create_exactly_one_contact() throws Exception {
    int threads = 32;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String tag = i % 2 == 0 ? "spring-sale" : "new-product";
      results.add(pool.submit(() -> {
        go.await();
        return http.get(formQuery + "&email=race@example.com&keep_multiple_select_values=true&plz_social_tags=" + tag).status();
      }));
    }
    go.countDown();
    int created = 0;
    int updated = 0;
    for (java.util.concurrent.Future<Integer> f : results) {
      int s = f.get();
      created += s == 201 ? 1 : 0;
      updated += s == 200 ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, created);
    assertEquals(threads - 1, updated);
    List<String> tags = sandbox.plezi().contact("race@example.com").orElseThrow().field("plz_social_tags");
    assertEquals(java.util.Set.of("spring-sale", "new-product"), new java.util.HashSet<>(tags));
    assertEquals(2, tags.size(), "merging never duplicates a value");
    assertEquals(threads, sandbox.plezi().writeCount("race@example.com"));
  }
}
