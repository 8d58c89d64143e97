package io.github.ghlplezi.connector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.connector.Connector;
import io.github.ghlplezi.connector.config.ConfigLoader;
import io.github.ghlplezi.connector.webhook.WebhookEndpoint;
import io.github.ghlplezi.testkit.FakeGhl;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.WebhookDelivery;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The connector in OAuth mode against the testkit's OAuth fake: an agency authorizes the app
 * ({@code authorize --code}), a location's INSTALL webhook mints and stores its token, {@code sync}
 * writes its tags to Plezi; when HighLevel refuses the refresh token, the refusal is reported once
 * ({@code status}, the failure event) and the location is left out of later syncs instead of being
 * tried again; a new authorization and install bring it back; UNINSTALL deletes its token.
 */
class OAuthConnectorTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Map<String, String> environment;

  private int execute(String... args) {
    out.reset();
    err.reset();
    return ConnectorCli.execute(args, environment::get, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void an_installed_location_syncs_end_to_end_and_a_refused_refresh_is_reported_not_retried() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().tickingClock(true).start()) {
      FakeGhl ghl = sandbox.ghl();
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      environment = Map.of("GHL_CLIENT_SECRET", ghl.oauthClientSecret(),
          "GHLPLEZI_TOKEN_KEYS", "k1:" + Base64.getEncoder().encodeToString(key));
      Path dir = Files.createTempDirectory("connector-oauth");
      Path config = writeConfig(sandbox, dir, true);
      String location = ghl.locations().get(0).id();
      String contact = "social+" + location + "@client.example";

      // The agency's consent for another company than the configured one is refused, nothing stored.
      Path otherCompany = dir.resolve("other-company.yaml");
      Files.writeString(otherCompany, Files.readString(config).replace("companyId: " + ghl.companyId(),
          "companyId: OtherAgencyCompany01"));
      assertEquals(ConnectorCli.FAILED, execute("authorize", "--config", otherCompany.toString(), "--code",
          ghl.companyAuthorizationCode()), stdout() + err);
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("the consent was given for company " + ghl.companyId()
          + ", not for `highLevel.auth.oauth.companyId` OtherAgencyCompany01: nothing was stored"), err.toString());

      assertEquals(0, execute("authorize", "--config", config.toString(), "--code", ghl.companyAuthorizationCode()),
          stdout() + err);
      // Version 1 on the same database: the refused consent stored nothing.
      assertTrue(stdout().contains("stored the Company token of " + ghl.companyId() + " (version 1)"), stdout());

      install(sandbox, config, location);
      assertEquals(0, execute("sync", "--config", config.toString()), stdout() + err);
      assertTrue(sandbox.plezi().contact(contact).isPresent(), "no Plezi contact for " + contact);
      assertFalse(sandbox.plezi().contact(contact).orElseThrow().field(sandbox.plezi().tagFieldKey()).isEmpty());

      // HighLevel refuses every refresh token and expires every access token.
      ghl.revokeAllRefreshTokens();
      ghl.expireAllAccessTokens();
      assertEquals(ConnectorCli.FAILED, execute("sync", "--config", config.toString()), stdout() + err);
      long refusals = ghl.invalidGrantCount();
      assertTrue(refusals >= 1, "HighLevel was not asked to refresh");

      assertEquals(0, execute("status", "--config", config.toString()), stdout() + err);
      String status = stdout();
      String waiting = section(status, "waiting for re-authorization:");
      assertTrue(waiting.contains("REFRESH_TOKEN_REJECTED") && waiting.contains("left out of scheduled syncs"), status);
      assertTrue(section(status, "recent failures:").contains("Re-authorization required"), status);
      for (String secret : environment.values()) {
        assertFalse(status.contains(secret), "a secret in the status");
      }

      // Later syncs leave it out: HighLevel is not asked again.
      assertEquals(0, execute("sync", "--config", config.toString()), stdout() + err);
      assertTrue(stdout().contains("summary: 0 locations"), stdout());
      assertEquals(0, execute("sync", "--config", config.toString()), stdout() + err);
      assertEquals(refusals, ghl.invalidGrantCount(), "the refused token was tried again");

      // A person re-authorizes the agency and the location is installed again: synced again.
      assertEquals(0, execute("authorize", "--config", config.toString(), "--code", ghl.companyAuthorizationCode()),
          stdout() + err);
      install(sandbox, config, location);
      long writesBefore = sandbox.plezi().writeCount(contact);
      ghl.addTag(location, "Back Again");
      assertEquals(0, execute("sync", "--config", config.toString()), stdout() + err);
      assertTrue(stdout().contains("summary: 1 locations, 0 failed"), stdout());
      assertTrue(sandbox.plezi().writeCount(contact) > writesBefore, "not synced after re-authorization");
      assertEquals(0, execute("status", "--config", config.toString()), stdout() + err);
      assertEquals("  (none)\n", section(stdout(), "waiting for re-authorization:"), stdout());

      // UNINSTALL: not synced any more, its token row deleted.
      try (Connector connector = connector(config)) {
        WebhookEndpoint endpoint = connector.startWebhooks();
        WebhookDelivery uninstall = ghl.webhooks().sendUninstall(endpoint.uri(), location);
        assertEquals(List.of(200), uninstall.statuses());
        assertTrue(connector.registry().installed().isEmpty());
        assertEquals(0, tokenRows(connector, location));
        assertEquals(1, tokenRows(connector, ghl.companyId()));
      }
    }
  }

  private void install(Sandbox sandbox, Path config, String location) throws Exception {
    try (Connector connector = connector(config)) {
      WebhookEndpoint endpoint = connector.startWebhooks();
      WebhookDelivery install = sandbox.ghl().webhooks().sendInstall(endpoint.uri(), location);
      assertEquals(List.of(200), install.statuses());
      assertTrue(connector.registry().installed().contains(location));
      assertEquals(1, tokenRows(connector, location));
    }
  }

  private Connector connector(Path config) {
    return new Connector(new ConfigLoader(environment::get).load(config), Clock.systemUTC());
  }

  private static int tokenRows(Connector connector, String id) throws Exception {
    try (Connection c = connector.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ghlplezi_token WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** The indented lines under a heading of the status report. */
  static String section(String report, String heading) {
    StringBuilder lines = new StringBuilder();
    boolean inside = false;
    for (String line : report.lines().toList()) {
      if (line.equals(heading)) {
        inside = true;
      } else if (inside && line.startsWith("  ")) {
        lines.append(line).append('\n');
      } else if (inside) {
        break;
      }
    }
    return lines.toString();
  }

  @Test
  void a_location_install_is_authorized_through_the_consent_redirect_and_synced() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().tickingClock(true).start()) {
      FakeGhl ghl = sandbox.ghl();
      byte[] key = new byte[16];
      new SecureRandom().nextBytes(key);
      environment = Map.of("GHL_CLIENT_SECRET", ghl.oauthClientSecret(),
          "GHLPLEZI_TOKEN_KEYS", "k1:" + Base64.getEncoder().encodeToString(key));
      Path config = writeConfig(sandbox, Files.createTempDirectory("connector-oauth-location"), false);
      String location = ghl.locations().get(1).id();
      try (Connector connector = connector(config)) {
        WebhookEndpoint endpoint = connector.startWebhooks();
        java.net.URI callback = endpoint.uri().resolve("/oauth/callback");

        assertEquals(400, get(callback).statusCode());
        java.net.http.HttpResponse<String> forged = get(java.net.URI.create(callback + "?code=made-up-code-123"));
        assertEquals(502, forged.statusCode());
        assertFalse(forged.body().contains("made-up-code-123"), forged.body());
        // An app set up for location installs refuses the agency's consent, saying why; nothing is stored.
        java.net.http.HttpResponse<String> agency = get(java.net.URI.create(callback + "?code="
            + java.net.URLEncoder.encode(ghl.companyAuthorizationCode(), StandardCharsets.UTF_8)));
        assertEquals(403, agency.statusCode(), agency.body());
        assertTrue(agency.body().contains("`highLevel.auth.oauth.agencyInstall` is false: nothing was stored"),
            agency.body());

        java.net.http.HttpResponse<String> consent = get(java.net.URI.create(callback + "?code="
            + java.net.URLEncoder.encode(ghl.authorizationCode(location), StandardCharsets.UTF_8)));
        assertEquals(200, consent.statusCode(), consent.body());
        assertTrue(consent.body().contains("stored the Location token of " + location), consent.body());
        assertTrue(consent.body().contains("location " + location + " is synced from now on"), consent.body());
        assertEquals(List.of(200), ghl.webhooks().sendInstall(endpoint.uri(), location).statuses());
        assertEquals(java.util.Set.of(location), connector.registry().installed());
      }
      assertEquals(0, execute("sync", "--config", config.toString()), stdout() + err);
      assertTrue(stdout().contains("summary: 1 locations, 0 failed"), stdout());
      assertTrue(sandbox.plezi().contact("social+" + location + "@client.example").isPresent());
    }
  }

  private static java.net.http.HttpResponse<String> get(java.net.URI uri) throws Exception {
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  private static Path writeConfig(Sandbox sandbox, Path dir, boolean agency) throws Exception {
    FakeGhl ghl = sandbox.ghl();
    Path publicKey = Files.writeString(dir.resolve("ghl-webhooks.pem"), ghl.webhooks().ed25519PublicKeyPem());
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String yaml = "highLevel:\n  baseUrl: " + ghl.baseUrl() + "\n  auth:\n    mode: OAUTH\n    oauth:\n"
        + "      clientId: " + ghl.oauthClientId() + "\n"
        + "      clientSecret: ${env:GHL_CLIENT_SECRET}\n"
        + (agency ? "      agencyInstall: true\n      companyId: " + ghl.companyId() + "\n" : "")
        + "      appId: " + ghl.appId() + "\n"
        + "      tokenKeys: ${env:GHLPLEZI_TOKEN_KEYS}\n"
        + SandboxCommand.pleziYaml(sandbox, dir)
        + "installedLocations:\n  contactEmail: \"social+{locationId}@client.example\"\n"
        + "database:\n  url: jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + "\n"
        + "webhooks:\n  port: " + port + "\n  path: /hooks\n  ed25519PublicKeyFile: " + publicKey.toAbsolutePath() + "\n";
    return Files.writeString(dir.resolve("connector.yaml"), yaml);
  }
}
