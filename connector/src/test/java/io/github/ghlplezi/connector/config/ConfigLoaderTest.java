package io.github.ghlplezi.connector.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.notify.mail.SmtpSettings;
import io.github.ghlplezi.sync.alert.WebhookAlertSink;
import io.github.ghlplezi.sync.stats.AggregateSpec;
import io.github.ghlplezi.sync.stats.SegmentRules;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  static final Map<String, String> ENV = Map.of(
      "GHL_PIT_ONE", "pit-one-secret-value",
      "PLEZI_API_KEY", "plezi-secret-api-key",
      "ALERT_WEBHOOK_SECRET", "alert-webhook-secret-0123456789",
      "SMTP_PASSWORD", "smtp-secret-password");

  static Path resource(String name) {
    try {
      return Path.of(ConfigLoaderTest.class.getResource("/config/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String MINIMAL = """
      highLevel: {auth: {mode: PRIVATE_TOKENS, privateTokens: {loc-one: "${env:GHL_PIT_ONE}"}}}
      plezi: {apiKey: "${env:PLEZI_API_KEY}", tenantCompany: t, formId: f, contentWebFormId: c}
      locations: [{locationId: loc-one, contactEmail: one@client.example}]
      tags: {field: f, options: [a]}
      """;

  private static InvalidConfigException invalid(String yaml) {
    return assertThrows(InvalidConfigException.class, () -> new ConfigLoader(ENV::get)
        .parse("inline", yaml.getBytes(StandardCharsets.UTF_8), Path.of(".")));
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
    assertFalse(config.toString().contains("smtp-secret-password"), config.toString());
  }

  @Test
  void alerts_digest_and_smtp_are_read_with_their_defaults() {
    ConnectorConfig config = new ConfigLoader(ENV::get).load(resource("valid.yaml"));

    assertEquals("Boulangerie Martin", config.locations().get(0).name());
    assertEquals(25.0, config.thresholds().engagementDropPercent());
    ThresholdRuleConfig rule = config.thresholds().rules().get(0);
    assertEquals(7, rule.days());
    assertEquals(0.0, rule.hysteresis());
    assertEquals(Duration.ZERO, rule.cooldown());
    assertEquals(WebhookAlertSink.Format.SLACK, config.alerts().webhook().format());
    assertEquals(Duration.ofHours(26), config.alerts().stalledAfter());
    assertEquals(java.time.DayOfWeek.FRIDAY, config.digest().day());
    assertEquals(17, config.digest().hour());
    assertEquals(List.of("loc-one"), config.digest().recipients().get(1).locations());
    assertEquals("UTC", config.digest().recipients().get(1).timeZone());
    assertEquals("en", config.digest().recipients().get(1).locale());
    assertEquals(587, config.smtp().port());
    assertEquals(SmtpSettings.Security.STARTTLS, config.smtp().security());
    assertEquals("smtp-secret-password", config.smtp().password().reveal());
    assertEquals("0 5 * * * *", config.schedules().digest().cron());
  }

  @Test
  void notification_mistakes_are_all_reported_with_their_paths_and_no_secret() {
    String yaml = MINIMAL + """
        thresholds:
          engagementDropPercent: 120
          rules:
            - {id: engagement-drop, metric: clicks, measure: CHANGE_PERCENT, direction: AT_OR_BELOW, value: -150}
        alerts:
          webhook: {url: "hooks.example", secret: "${env:SHORT_SECRET}"}
          emailTo: [not-an-email]
        digest:
          hour: 24
          recipients: [{id: "ceo!", email: ceo@agency.example, timeZone: Mars/Olympus}]
        """;
    Map<String, String> env = new java.util.HashMap<>(ENV);
    env.put("SHORT_SECRET", "tiny-secret");
    InvalidConfigException e = assertThrows(InvalidConfigException.class,
        () -> new ConfigLoader(env::get).parse("inline", yaml.getBytes(StandardCharsets.UTF_8), Path.of(".")));

    assertEquals(List.of(
        "(file)",
        "(file)",
        "alerts.emailTo[0]",
        "alerts.webhook",
        "alerts.webhook.url",
        "digest.hour",
        "digest.recipients[0].id",
        "digest.recipients[0].timeZone",
        "thresholds",
        "thresholds.engagementDropPercent",
        "thresholds.rules[0]",
        "thresholds.rules[0].metric"), e.problems().stream().map(ConfigProblem::path).toList(), e.getMessage());
    assertTrue(e.getMessage().contains("digest recipients need `smtp` or `digest.directory`"), e.getMessage());
    assertTrue(e.getMessage().contains("`alerts.emailTo` needs `smtp`"), e.getMessage());
    assertTrue(e.getMessage().contains("`secret` must be at least 16 bytes"), e.getMessage());
    assertFalse(e.getMessage().contains("tiny-secret"), e.getMessage());
  }

  @Test
  void aggregates_and_segments_become_the_engine_rules_they_describe() {
    ConnectorConfig config = new ConfigLoader(ENV::get).parse("inline", (MINIMAL + """
        statistics:
          aggregates:
            - {name: likes_7d, kind: SUM_7_DAYS, metrics: [likes, impressions], field: plz_score}
            - {name: likes_wow, kind: WEEK_OVER_WEEK_PERCENT, metrics: [likes]}
        segments:
          - field: plz_tier
            options: [up, down]
            triggerField: plz_tier_changed
            rules:
              - {value: up, when: [{aggregate: likes_wow, atLeast: 0}], or: [[{aggregate: likes_7d, atLeast: 1000}]]}
              - {value: down, when: [{aggregate: likes_wow, below: 0}, {aggregate: likes_7d, below: 1000}]}
        """).getBytes(StandardCharsets.UTF_8), Path.of("."));

    assertEquals(List.of(
        new AggregateSpec("likes_7d", AggregateSpec.Kind.SUM_7_DAYS, Set.of("likes", "impressions"), "plz_score"),
        new AggregateSpec("likes_wow", AggregateSpec.Kind.WEEK_OVER_WEEK_PERCENT, Set.of("likes"), null)),
        config.aggregateSpecs());
    SegmentRules rules = config.segmentRules();
    assertEquals(Optional.of("plz_tier_changed"), rules.fields().get(0).triggerField());
    assertEquals(List.of("up"), rules.evaluate(Map.of("likes_wow", -5.0, "likes_7d", 1500.0), Set.of()).get("plz_tier"));
    assertEquals(List.of("down"), rules.evaluate(Map.of("likes_wow", -5.0, "likes_7d", 900.0), Set.of()).get("plz_tier"));
    assertEquals(List.of("up"), rules.evaluate(Map.of("likes_wow", 0.0, "likes_7d", 10.0), Set.of()).get("plz_tier"));
  }

  @Test
  void aggregate_and_condition_mistakes_are_all_reported_with_their_paths() {
    InvalidConfigException e = invalid(MINIMAL + """
        statistics:
          aggregates:
            - {name: clicks_7d, kind: SUM_7_DAYS, metrics: [clicks]}
            - {name: updated, kind: LAST_UPDATE, metrics: [likes]}
            - {name: updated, kind: SUM_7_DAYS}
        segments:
          - field: plz_tier
            options: []
            rules:
              - {value: up, when: [{aggregate: updated, atLeast: 1, below: 5}]}
        """);

    assertEquals(List.of(
        "segments[0].options",
        "segments[0].rules[0].when[0]",
        "statistics",
        "statistics.aggregates[0].metrics[0]",
        "statistics.aggregates[1]",
        "statistics.aggregates[2]"), e.problems().stream().map(ConfigProblem::path).toList(), e.getMessage());
    assertTrue(e.getMessage().contains("give exactly one of `atLeast` and `below`"), e.getMessage());
    assertTrue(e.getMessage().contains("aggregate names must be distinct"), e.getMessage());
  }

  @Test
  void segment_rules_are_checked_against_the_aggregates_and_options_every_problem_at_once() {
    InvalidConfigException e = invalid(MINIMAL + """
        statistics:
          aggregates:
            - {name: likes_7d, kind: SUM_7_DAYS, metrics: [likes]}
        segments:
          - field: plz_tier
            options: [high, low]
            rules:
              - {value: high, when: [{aggregate: likes_7d, atLeast: 500}]}
              - {value: top, when: [{aggregate: reach_7d, atLeast: 900}]}
              - {value: low, when: [{aggregate: likes_7d, below: 100}]}
        """);

    List<String> messages = e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    assertTrue(messages.contains("segments: field plz_tier: value top is not among its options [high, low]"),
        messages.toString());
    assertTrue(messages.contains("segments: field plz_tier, value top: unknown aggregate reach_7d"), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("segments: field plz_tier: gap, no value applies when")
        && m.contains("likes_7d = 100.0")), messages.toString());
    assertTrue(messages.stream().allMatch(m -> m.startsWith("segments: ")), messages.toString());
  }

  @Test
  void an_unresolved_smtp_password_is_one_problem_not_also_a_login_without_password() {
    String yaml = MINIMAL + """
        smtp: {host: smtp.agency.example, username: digest, password: "${env:SMTP_PASSWORD_MISSING}", from: digest@agency.example}
        """;
    InvalidConfigException e = assertThrows(InvalidConfigException.class,
        () -> new ConfigLoader(ENV::get).parse("inline", yaml.getBytes(StandardCharsets.UTF_8), Path.of(".")));

    assertEquals(List.of("smtp.password"), e.problems().stream().map(ConfigProblem::path).toList(), e.getMessage());
    assertTrue(e.getMessage().contains("SMTP_PASSWORD_MISSING is not set"), e.getMessage());

    String withoutPassword = yaml.replace(", password: \"${env:SMTP_PASSWORD_MISSING}\"", "");
    InvalidConfigException half = assertThrows(InvalidConfigException.class, () -> new ConfigLoader(ENV::get)
        .parse("inline", withoutPassword.getBytes(StandardCharsets.UTF_8), Path.of(".")));
    assertEquals(List.of("smtp"), half.problems().stream().map(ConfigProblem::path).toList(), half.getMessage());
    assertTrue(half.getMessage().contains("`username` and `password` go together"), half.getMessage());
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

  @Test
  void oauth_keys_are_checked_at_load_without_printing_them() {
    String yaml = "highLevel:\n  auth:\n    mode: OAUTH\n    oauth:\n      clientId: app-client\n"
        + "      clientSecret: ${env:GHL_CLIENT_SECRET}\n      agencyInstall: true\n"
        + "      tokenKeys: ${env:TOKEN_KEYS}\n"
        + "plezi:\n  apiKey: ${env:PLEZI_API_KEY}\n  tenantCompany: t\n  formId: f\n  contentWebFormId: c\n"
        + "installedLocations:\n  contactEmail: ops+{locationId}@agency.example\n"
        + "tags:\n  field: plz_social_tags\n  options: [a]\n";
    Map<String, String> env = Map.of("GHL_CLIENT_SECRET", "client-secret-value", "PLEZI_API_KEY", "plezi-key-value",
        "TOKEN_KEYS", "k1:c2hvcnQta2V5LXZhbHVl");   // 15 bytes: not an AES key

    InvalidConfigException e = assertThrows(InvalidConfigException.class,
        () -> new ConfigLoader(env::get).parse("oauth.yaml", yaml.getBytes(StandardCharsets.UTF_8), Path.of(".")));

    assertEquals(List.of("highLevel.auth.oauth: `agencyInstall: true` needs `companyId`",
        "highLevel.auth.oauth: `tokenKeys` must be keyId:base64Key entries of 16, 24 or 32-byte AES keys"),
        e.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
    for (String secret : env.values()) {
      assertFalse(e.getMessage().contains(secret), e.getMessage());
    }
    ConnectorConfig valid = new ConfigLoader(Map.of("GHL_CLIENT_SECRET", "s", "PLEZI_API_KEY", "p",
        "TOKEN_KEYS", "k1:AAAAAAAAAAAAAAAAAAAAAA==")::get).parse("oauth.yaml",
        yaml.replace("agencyInstall: true", "agencyInstall: false").getBytes(StandardCharsets.UTF_8), Path.of("."));
    assertFalse(valid.highLevel().auth().oauth().agencyInstall());
  }
}
