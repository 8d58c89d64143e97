package io.github.ghlplezi.connector.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  static final Map<String, String> ENV = Map.of(
      "GHL_PIT_ONE", "pit-one-secret-value",
      "PLEZI_API_KEY", "plezi-secret-api-key");

  static Path resource(String name) {
    try {
      return Path.of(ConfigLoaderTest.class.getResource("/config/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void valid_file_resolves_secrets_from_env_and_file_and_fills_defaults() {
    ConnectorConfig config = new ConfigLoader(ENV::get).load(resource("valid.yaml"));

    assertEquals("pit-one-secret-value", config.highLevel().auth().privateTokens().get("loc-one").reveal());
    assertEquals("pit-two-secret-value", config.highLevel().auth().privateTokens().get("loc-two").reveal());
    assertEquals("Secret[env:GHL_PIT_ONE]", config.highLevel().auth().privateTokens().get("loc-one").toString());
    assertEquals(HighLevelConfig.DEFAULT_BASE_URL, config.highLevel().baseUrl());
    assertEquals(Duration.ofMinutes(5), config.schedules().tagSync().every());
    assertEquals("0 30 3 * * *", config.schedules().retention().cron());
    assertEquals(4, config.engine().parallelism());
    assertEquals(8080, config.webhooks().port());
    assertTrue(config.databaseIfSet().isEmpty());
    assertEquals("ops+abc@agency.example", config.installedLocations().contactFor("abc"));
    assertFalse(config.toString().contains("secret-value"), config.toString());
  }

  @Test
  void ten_mistakes_give_ten_problems_each_naming_its_path_and_no_secret() {
    InvalidConfigException e = assertThrows(InvalidConfigException.class,
        () -> new ConfigLoader(ENV::get).load(resource("ten-mistakes.yaml")));

    List<String> paths = e.problems().stream().map(ConfigProblem::path).toList();
    assertEquals(List.of(
        "databse",
        "engine.parallelism",
        "highLevel.auth.privateTokens.loc-three",
        "highLevel.auth.privateTokens.loc-two",
        "locations[1].contactEmail",
        "locations[2].locationId",
        "plezi.tenantCompany",
        "schedules.tagSync.cron",
        "schedules.timeZone",
        "tags.options"), paths, e.getMessage());
    assertTrue(e.getMessage().contains("locations[1].contactEmail: not an e-mail"), e.getMessage());
    assertTrue(e.getMessage().contains("environment variable GHL_PIT_MISSING is not set"), e.getMessage());
    for (String secret : List.of("pit-one-secret-value", "plezi-secret-api-key", "pit-literal-secret-0123456789")) {
      assertFalse(e.getMessage().contains(secret), e.getMessage());
    }
  }

  @Test
  void a_cross_field_rule_is_reported_at_its_object() {
    String yaml = """
        highLevel:
          auth:
            mode: OAUTH
        plezi: {apiKey: "${env:PLEZI_API_KEY}", tenantCompany: t, formId: f, contentWebFormId: c}
        tags: {field: f, options: [a], overrides: {x: b}}
        schedules: {tagSync: {cron: "0 * * * * *", every: PT1M}}
        """;
    InvalidConfigException e = assertThrows(InvalidConfigException.class,
        () -> new ConfigLoader(ENV::get).parse("inline", yaml.getBytes(StandardCharsets.UTF_8), Path.of(".")));

    assertEquals(List.of("(file)", "highLevel.auth", "schedules.tagSync", "tags"),
        e.problems().stream().map(ConfigProblem::path).toList(), e.getMessage());
  }

  @Test
  void broken_yaml_is_one_problem_with_its_position_and_without_the_line() {
    String yaml = "plezi:\n  apiKey: \"plezi-secret-api-key\n  formId: x\n";
    InvalidConfigException e = assertThrows(InvalidConfigException.class,
        () -> new ConfigLoader(ENV::get).parse("inline", yaml.getBytes(StandardCharsets.UTF_8), Path.of(".")));

    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML at line"), e.getMessage());
    assertFalse(e.getMessage().contains("plezi-secret-api-key"), e.getMessage());
  }
}
