package io.github.ghlplezi.connector.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.connector.testing.FailingDataSource;
import io.github.ghlplezi.ghl.webhook.AppInstallEvent;
import io.github.ghlplezi.ghl.webhook.WebhookVerifier;
import io.github.ghlplezi.testkit.GhlWebhooks;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.WebhookDelivery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A delivery's webhook id and its change are one transaction: whichever statement of an INSTALL
 * fails (the id check, the expiry, the id insert, the location insert, the commit), the delivery is
 * answered 500, nothing is recorded, and HighLevel's redelivery of the same webhook installs the
 * location exactly once.
 */
class WebhookDatabaseFailureTest {

  /** Statements of one INSTALL: seen-check, id expiry, id insert, location insert, commit. */
  private static final int STATEMENTS = 5;

  @Test
  void a_database_failure_at_any_statement_of_an_install_leaves_the_redelivery_to_install_it_once() throws Exception {
    for (int failing = 1; failing <= STATEMENTS; failing++) {
      try (Sandbox sandbox = Sandbox.start()) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:webhook-failure-" + failing + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        FailingDataSource db = new FailingDataSource(h2);
        JdbcLocationRegistry registry = new JdbcLocationRegistry(db, sandbox.clock()).createSchemaIfMissing();
        List<String> tokenCalls = new ArrayList<>();
        InstallTokens tokens = new InstallTokens() {
          @Override
          public void installed(AppInstallEvent event) {
            tokenCalls.add("store " + event.locationId().orElseThrow());
          }

          @Override
          public void uninstalled(String locationId) {
            tokenCalls.add("delete " + locationId);
          }
        };
        GhlWebhooks sender = sandbox.ghl().webhooks();
        WebhookIntake intake = new WebhookIntake(WebhookVerifier.builder()
            .ed25519PublicKeyPem(sender.ed25519PublicKeyPem()).clock(sandbox.clock()), registry, tokens);
        String location = sandbox.ghl().locations().get(0).id();
        try (WebhookEndpoint endpoint = WebhookEndpoint.start(intake, 0, "/hooks")) {
          db.failAt(failing);
          WebhookDelivery first = sender.sendInstall(endpoint.uri(), location);
          assertTrue(db.fired(), "statement " + failing + " was not reached");
          assertEquals(List.of(500), first.statuses(), "statement " + failing);
          assertEquals(Set.of(), registry.installed(), "statement " + failing + ": a failed delivery changed the set");

          WebhookDelivery redelivery = sender.resend(endpoint.uri(), first);
          WebhookDelivery third = sender.resend(endpoint.uri(), first);

          assertEquals(List.of(200), redelivery.statuses(), "statement " + failing);
          assertEquals(List.of(200), third.statuses(), "statement " + failing);
          assertEquals(Set.of(location), registry.installed(), "statement " + failing);
          assertTrue(registry.seen(first.webhookId()), "statement " + failing);
          // Token work happens before the transaction and is repeated by the redelivery only (idempotent).
          assertEquals(failing == 1 ? List.of("store " + location) : List.of("store " + location, "store " + location),
              tokenCalls, "statement " + failing);
        }
      }
    }
  }
}
