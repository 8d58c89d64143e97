package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneSandboxTest {

  private static JsonNode printed(Sandbox s) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StandaloneSandbox.printSummary(s, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, out.lines().count(), "exactly one line: " + out);
    return Http.MAPPER.readTree(out);
  }

  @Test
  void prints_one_json_line_whose_urls_and_credentials_work() throws Exception {
    try (Sandbox s = StandaloneSandbox.start(new String[0])) {
      JsonNode j = printed(s);
      assertTrue(s.clock().isTicking(), "the standalone clock follows the wall clock");
      String loc = j.get("locationId").asText();
      assertEquals(200, Http.ghl(j.get("ghlBaseUrl").asText(), j.get("privateIntegrationToken").asText())
          .get("social-media-posting/" + loc + "/tags").status());
      Http.Response consent = Http.at("").get(j.get("ghlConsentUrl").asText() + "?response_type=code&client_id="
          + Http.enc(j.get("oauthClientId").asText()) + "&redirect_uri=" + Http.enc("http://localhost/cb"));
      assertEquals(302, consent.status());
      Http.Response webform = Http.at(j.get("pleziLegacyBaseUrl").asText())
          .header("X-API-Key", j.get("pleziApiKey").asText())
          .header("X-Tenant-Company", j.get("pleziTenantCompany").asText())
          .get("create_contact_after_webform?form_id=" + j.get("pleziFormId").asText() + "&email=cli@example.com");
      assertEquals(201, webform.status());
      assertEquals(200, Http.at(j.get("pleziBrainBaseUrl").asText()).postForm("api_keys/authenticate",
          java.util.Map.of("client_id", j.get("brainPublicKey").asText(), "client_secret", j.get("brainSecretKey").asText())).status());
      for (String k : List.of("oauthClientSecret", "appId", "companyId", "pleziContentWebFormId")) {
        assertTrue(j.hasNonNull(k), k);
      }
    }
  }

  @Test
  void takes_ports_and_seed_from_options() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (Sandbox s = StandaloneSandbox.start(new String[] {"--ghl-port", Integer.toString(port), "--seed", "99", "--locations", "4"})) {
      JsonNode j = printed(s);
      assertEquals("http://127.0.0.1:" + port + "/", j.get("ghlBaseUrl").asText());
      assertEquals(99, j.get("seed").asLong());
      assertEquals(4, j.get("locations").size());
    }
  }

  @Test
  void reads_locations_tags_and_accounts_from_a_seed_file(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.json");
    Files.writeString(file, "{\"seed\": 5, \"locations\": [{\"name\": \"Café du Port\", \"tags\": [\"Menu du jour\", \"Happy Hour!\"],"
        + " \"accounts\": [{\"platform\": \"instagram\", \"type\": \"business\", \"name\": \"@cafeduport\"},"
        + " {\"platform\": \"facebook\", \"type\": \"page\", \"expired\": true}]}],"
        + " \"plezi\": {\"tenantCompany\": \"cafe-du-port\"}}");
    try (Sandbox s = StandaloneSandbox.start(new String[] {"--seed-file", file.toString()})) {
      assertEquals(List.of(new SeededLocation(s.ghl().locations().get(0).id(), "Café du Port")), s.ghl().locations());
      assertEquals(List.of("Menu du jour", "Happy Hour!"), s.ghl().activeTagNames(s.ghl().locations().get(0).id()));
      assertEquals(List.of("menu-du-jour", "happy-hour"), s.plezi().fieldOptions("plz_social_tags"));
      assertEquals("cafe-du-port", s.plezi().tenantCompany());
      assertEquals(5, s.seed());
      String loc = s.ghl().locations().get(0).id();
      JsonNode accounts = Http.ghl(s.ghl().baseUrl(), s.ghl().privateIntegrationToken(loc))
          .get("social-media-posting/" + loc + "/accounts").json().at("/results/accounts");
      assertEquals("@cafeduport", accounts.get(0).get("name").asText());
      assertTrue(accounts.get(1).get("isExpired").asBoolean());
    }
  }

  @Test
  void rejects_unknown_options_and_bad_seed_files(@TempDir Path dir) throws Exception {
    assertThrows(IllegalArgumentException.class, () -> StandaloneSandbox.start(new String[] {"--nope"}));
    assertThrows(IllegalArgumentException.class, () -> StandaloneSandbox.start(new String[] {"--ghl-port"}));
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"locations\": [{\"tags\": []}]}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StandaloneSandbox.start(new String[] {"--seed-file", bad.toString()}));
    assertTrue(e.getMessage().contains("locations[0].name"), e.getMessage());
  }
}
