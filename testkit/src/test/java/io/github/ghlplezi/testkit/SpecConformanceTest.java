package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Validates a corpus of the GHL fake's responses against the response schemas of HighLevel's
 * OpenAPI files (read from {@code ghlplezi.specs.dir}), with the networknt JSON Schema validator
 * resolving the specs' own {@code $ref}s (including {@code ../common/common-schemas.json}).
 */
class SpecConformanceTest {
  private static Path specs;
  private static Sandbox sandbox;
  private static SchemaRegistry registry;

  /** One recorded exchange: which spec operation it belongs to, and what the fake answered. */
  record Sample(String name, String specFile, String pathTemplate, String method, Http.Response response) {}

  private static boolean specsPresent() {
    return specs != null && Files.isRegularFile(specs.resolve("apps/social-media-posting.json"));
  }

  @BeforeEach
  void requireSpecs() {
    assumeTrue(specsPresent(), "HighLevel OpenAPI specs not found (system property ghlplezi.specs.dir="
        + System.getProperty("ghlplezi.specs.dir") + "): conformance test skipped");
  }

  @BeforeAll
  static void start() {
    String dir = System.getProperty("ghlplezi.specs.dir");
    specs = dir == null ? null : Path.of(dir);
    if (!specsPresent()) {
      return;
    }
    sandbox = Sandbox.start();
    // Spec documents are served from the local folder only: nothing is fetched from the network.
    registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, b -> b.schemas(SpecConformanceTest::readLocal));
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static String readLocal(String iri) {
    if (!iri.startsWith("file:")) {
      return null;
    }
    try {
      Path file = Path.of(java.net.URI.create(iri));
      return file.normalize().startsWith(specs.toAbsolutePath().normalize()) && Files.isRegularFile(file)
          ? Files.readString(file) : null;
    } catch (java.io.IOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String pointerToken(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }

  private static Schema schemaFor(Sample s) {
    Path file = specs.resolve(s.specFile()).toAbsolutePath().normalize();
    String pointer = "#/paths/" + pointerToken(s.pathTemplate()) + "/" + s.method() + "/responses/"
        + s.response().status() + "/content/" + pointerToken("application/json") + "/schema";
    return registry.getSchema(SchemaLocation.of(file.toUri() + pointer));
  }

  private static List<Sample> corpus() {
    FakeGhl ghl = sandbox.ghl();
    String loc = ghl.locations().get(0).id();
    String other = ghl.locations().get(1).id();
    Http pit = Http.ghl(ghl.baseUrl(), ghl.privateIntegrationToken(loc));
    JsonNode accounts = pit.get("social-media-posting/" + loc + "/accounts").json().at("/results/accounts");
    List<String> profiles = new ArrayList<>();
    accounts.forEach(a -> profiles.add('"' + a.get("profileId").asText() + '"'));
    String statsBody = "{\"profileIds\":[" + String.join(",", profiles) + "]}";
    String tagId = pit.get("social-media-posting/" + loc + "/tags").json().at("/results/tags/0/_id").asText();
    String sp = "apps/social-media-posting.json";
    String oauth = "apps/oauth.json";
    List<Sample> out = new ArrayList<>();
    out.add(new Sample("tags", sp, "/social-media-posting/{locationId}/tags", "get",
        pit.get("social-media-posting/" + loc + "/tags?limit=3&skip=1")));
    out.add(new Sample("tags search", sp, "/social-media-posting/{locationId}/tags", "get",
        pit.get("social-media-posting/" + loc + "/tags?searchText=sale")));
    out.add(new Sample("tags 422", sp, "/social-media-posting/{locationId}/tags", "get",
        pit.get("social-media-posting/" + loc + "/tags?limit=x")));
    out.add(new Sample("tags 401", sp, "/social-media-posting/{locationId}/tags", "get",
        Http.ghl(ghl.baseUrl(), "pit-unknown").get("social-media-posting/" + loc + "/tags")));
    out.add(new Sample("tag details", sp, "/social-media-posting/{locationId}/tags/details", "post",
        pit.postJson("social-media-posting/" + loc + "/tags/details", "{\"tagIds\":[\"" + tagId + "\"]}")));
    out.add(new Sample("tag details 422", sp, "/social-media-posting/{locationId}/tags/details", "post",
        pit.postJson("social-media-posting/" + loc + "/tags/details", "{}")));
    out.add(new Sample("accounts", sp, "/social-media-posting/{locationId}/accounts", "get",
        pit.get("social-media-posting/" + loc + "/accounts")));
    out.add(new Sample("accounts 401 (no version)", sp, "/social-media-posting/{locationId}/accounts", "get",
        pit.without("Version").get("social-media-posting/" + loc + "/accounts")));
    out.add(new Sample("statistics", sp, "/social-media-posting/statistics", "post",
        pit.postJson("social-media-posting/statistics?locationId=" + loc, statsBody)));
    out.add(new Sample("statistics 400", sp, "/social-media-posting/statistics", "post",
        pit.postJson("social-media-posting/statistics?locationId=" + loc, "{\"profileIds\":[\"x\"],\"platforms\":[\"myspace\"]}")));
    out.add(new Sample("statistics 422", sp, "/social-media-posting/statistics", "post",
        pit.postJson("social-media-posting/statistics?locationId=" + loc, "{}")));
    JsonNode categories = pit.get("social-media-posting/" + loc + "/categories").json();
    out.add(new Sample("categories", sp, "/social-media-posting/{locationId}/categories", "get",
        pit.get("social-media-posting/" + loc + "/categories?limit=1&skip=0")));
    out.add(new Sample("category", sp, "/social-media-posting/{locationId}/categories/{id}", "get",
        pit.get("social-media-posting/" + loc + "/categories/" + categories.at("/results/categories/0/_id").asText())));
    // posts are left out: the spec types a post's 'status' and 'type' as objects while its examples are strings
    out.add(new Sample("statistics v3", "apps/v3/social-planner-v3.json", "/social-media-posting/statistics", "post",
        pit.header("Version", "v3").postJson("social-media-posting/statistics?locationId=" + loc, statsBody)));

    Http anonymous = Http.at(ghl.baseUrl());
    Map<String, String> exchange = new LinkedHashMap<>();
    exchange.put("client_id", ghl.oauthClientId());
    exchange.put("client_secret", ghl.oauthClientSecret());
    exchange.put("grant_type", "authorization_code");
    exchange.put("code", ghl.authorizationCode(loc));
    Http.Response token = anonymous.postForm("oauth/token", exchange);
    out.add(new Sample("token (Location)", oauth, "/oauth/token", "post", token));
    Map<String, String> refresh = new LinkedHashMap<>(exchange);
    refresh.remove("code");
    refresh.put("grant_type", "refresh_token");
    refresh.put("refresh_token", token.json().get("refresh_token").asText());
    refresh.put("user_type", "Location");
    out.add(new Sample("refresh", oauth, "/oauth/token", "post", anonymous.postForm("oauth/token", refresh)));
    out.add(new Sample("refresh reused 400", oauth, "/oauth/token", "post", anonymous.postForm("oauth/token", refresh)));
    out.add(new Sample("token 422", oauth, "/oauth/token", "post", anonymous.postJson("oauth/token", "{}")));
    Map<String, String> company = new LinkedHashMap<>(exchange);
    company.put("code", ghl.companyAuthorizationCode());
    Http.Response companyToken = anonymous.postForm("oauth/token", company);
    out.add(new Sample("token (Company)", oauth, "/oauth/token", "post", companyToken));
    Http agency = Http.ghl(ghl.baseUrl(), companyToken.json().get("access_token").asText());
    out.add(new Sample("locationToken", oauth, "/oauth/locationToken", "post",
        agency.postForm("oauth/locationToken", Map.of("companyId", ghl.companyId(), "locationId", other))));
    out.add(new Sample("installedLocations", oauth, "/oauth/installedLocations", "get",
        agency.get("oauth/installedLocations?companyId=" + ghl.companyId() + "&appId=" + ghl.appId())));
    return out;
  }

  @Test
  void every_sampled_response_matches_its_openapi_schema() {
    List<Sample> samples = corpus();
    List<String> failures = new ArrayList<>();
    for (Sample s : samples) {
      List<Error> errors = schemaFor(s).validate(s.response().json());
      if (!errors.isEmpty()) {
        failures.add(s.name() + " (" + s.response().status() + "): " + errors);
      }
    }
    assertTrue(samples.size() >= 21);
    assertEquals(List.of(), failures);
  }

  @Test
  void the_validator_rejects_a_response_that_breaks_the_schema() {
    FakeGhl ghl = sandbox.ghl();
    String loc = ghl.locations().get(0).id();
    Http.Response ok = Http.ghl(ghl.baseUrl(), ghl.privateIntegrationToken(loc)).get("social-media-posting/" + loc + "/tags");
    Sample s = new Sample("tags", "apps/social-media-posting.json", "/social-media-posting/{locationId}/tags", "get", ok);
    ObjectNode broken = (ObjectNode) ok.json().deepCopy();
    broken.put("statusCode", "two hundred");
    ((ObjectNode) broken.at("/results/tags/0")).put("deleted", "no");
    List<Error> errors = schemaFor(s).validate(broken);
    assertFalse(errors.isEmpty(), "a real validator must notice a string where the spec wants a number");
    ObjectNode missingRequired = (ObjectNode) ok.json().deepCopy();
    missingRequired.remove("success");
    assertFalse(schemaFor(s).validate(missingRequired).isEmpty(), "'success' is required by the spec");
  }

  @Test
  void the_change_as_string_quirk_is_outside_the_spec_which_is_why_it_is_off_by_default() {
    try (Sandbox quirky = Sandbox.builder().statisticsChangeAsString(true).start()) {
      String loc = quirky.ghl().locations().get(0).id();
      Http h = Http.ghl(quirky.ghl().baseUrl(), quirky.ghl().privateIntegrationToken(loc));
      JsonNode accounts = h.get("social-media-posting/" + loc + "/accounts").json().at("/results/accounts");
      String profile = GhlAccountsAndStatisticsTest.supportedProfile(accounts);
      java.time.LocalDate today = java.time.LocalDate.ofInstant(quirky.clock().instant(), java.time.ZoneOffset.UTC);
      quirky.ghl().setDailyMetric(profile, today.minusDays(14), 7, "impressions", 100);
      quirky.ghl().setDailyMetric(profile, today.minusDays(7), 7, "impressions", 150);
      Http.Response r = h.postJson("social-media-posting/statistics?locationId=" + loc, "{\"profileIds\":[\"" + profile + "\"]}");
      Sample s = new Sample("statistics quirk", "apps/social-media-posting.json", "/social-media-posting/statistics", "post", r);
      assertFalse(schemaFor(s).validate(r.json()).isEmpty());
    }
  }
}
