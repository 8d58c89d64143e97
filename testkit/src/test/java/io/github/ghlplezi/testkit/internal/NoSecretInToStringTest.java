package io.github.ghlplezi.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoSecretInToStringTest {

  @Test
  void printed_seed_shows_no_client_secret_pit_api_key_or_brain_secret() {
    SeedData seed = DefaultSeed.build(42L, 3);
    String printed = seed.toString();
    List<String> secrets = new java.util.ArrayList<>(List.of(
        seed.app().clientSecret(), seed.plezi().apiKey(), seed.plezi().brainSecretKey()));
    seed.locations().forEach(l -> secrets.add(l.pit()));
    for (String secret : secrets) {
      assertTrue(secret != null && secret.length() >= 8, "seed secrets are non-trivial: " + secret);
      assertFalse(printed.contains(secret), "a seeded secret appears in SeedData.toString()");
    }
    assertTrue(printed.contains(seed.locations().get(0).id()), "non-secret fields are still shown");
  }

  @Test
  void printed_request_shows_no_header_value_query_or_body() {
    HttpRequest request = new HttpRequest("POST", "/oauth/token", "refresh_token=rt-query-secret",
        Map.of("refresh_token", List.of("rt-query-secret")),
        Map.of("authorization", List.of("Bearer at-header-secret"), "x-api-key", List.of("api-key-secret")),
        "client_secret=cs-body-secret".getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    String printed = request.toString();
    for (String secret : List.of("rt-query-secret", "at-header-secret", "api-key-secret", "cs-body-secret")) {
      assertFalse(printed.contains(secret), secret + " appears in " + printed);
    }
    assertTrue(printed.contains("/oauth/token") && printed.contains("authorization"), printed);
  }

  @Test
  void printed_oauth_tokens_show_neither_token() {
    io.github.ghlplezi.testkit.SandboxTokens tokens = new io.github.ghlplezi.testkit.SandboxTokens(
        "access-secret-value", "refresh-secret-value", 86399, "Location", "loc-1", "co-1", List.of("a.readonly"));
    String printed = tokens.toString();
    assertFalse(printed.contains("access-secret-value"), printed);
    assertFalse(printed.contains("refresh-secret-value"), printed);
    assertTrue(printed.contains("loc-1"), printed);
  }
}
