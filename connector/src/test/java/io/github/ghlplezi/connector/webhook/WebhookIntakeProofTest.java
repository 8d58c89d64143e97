package io.github.ghlplezi.connector.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ghlplezi.ghl.webhook.WebhookVerifier;
import io.github.ghlplezi.testkit.GhlWebhooks;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.WebhookDelivery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proof 4: signed INSTALL and UNINSTALL webhooks from the testkit's sender, duplicates included and
 * delivered to two replicas sharing one database, change the set of synced locations exactly once
 * each; forged deliveries change nothing.
 */
class WebhookIntakeProofTest {

  private Sandbox sandbox;
  private JdbcLocationRegistry registry;
  private final List<String> changes = Collections.synchronizedList(new ArrayList<>());
  private final List<String> tokenCalls = Collections.synchronizedList(new ArrayList<>());
  private WebhookEndpoint replicaOne;
  private WebhookEndpoint replicaTwo;

  @BeforeEach
  void start() throws Exception {
    sandbox = Sandbox.start();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:webhook-proof-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    registry = new JdbcLocationRegistry(h2, sandbox.clock()).createSchemaIfMissing();
    replicaOne = WebhookEndpoint.start(intake(), 0, "/webhooks/highlevel");
    replicaTwo = WebhookEndpoint.start(intake(), 0, "/webhooks/highlevel");
  }

  private WebhookIntake intake() {
    GhlWebhooks sender = sandbox.ghl().webhooks();
    WebhookVerifier.Builder verifier = WebhookVerifier.builder()
        .ed25519PublicKeyPem(sender.ed25519PublicKeyPem())
        .clock(sandbox.clock());
    LocationRegistry counted = new LocationRegistry() {
      @Override
      public Change install(Optional<String> webhookId, String locationId) {
        Change change = registry.install(webhookId, locationId);
        if (change == Change.CHANGED) {
          changes.add("+" + locationId);
        }
        return change;
      }

      @Override
      public Change uninstall(Optional<String> webhookId, String locationId) {
        Change change = registry.uninstall(webhookId, locationId);
        if (change == Change.CHANGED) {
          changes.add("-" + locationId);
        }
        return change;
      }

      @Override
      public boolean seen(String webhookId) {
        return registry.seen(webhookId);
      }

      @Override
      public Set<String> installed() {
        return registry.installed();
      }
    };
    InstallTokens tokens = new InstallTokens() {
      @Override
      public void installed(io.github.ghlplezi.ghl.webhook.AppInstallEvent event) {
        tokenCalls.add("store " + event.locationId().orElseThrow());
      }

      @Override
      public void uninstalled(String locationId) {
        tokenCalls.add("delete " + locationId);
      }
    };
    return new WebhookIntake(verifier, counted, tokens);
  }

  @AfterEach
  void stop() {
    replicaOne.close();
    replicaTwo.close();
    sandbox.close();
  }

  @Test
  void signed_installs_and_uninstalls_change_the_synced_set_once_each_and_forgeries_change_nothing()
      throws Exception {
    GhlWebhooks sender = sandbox.ghl().webhooks();
    String a = sandbox.ghl().locations().get(0).id();
    String b = sandbox.ghl().locations().get(1).id();
    String c = sandbox.ghl().locations().get(2).id();
    String d = b;   // the forgeries try to bring back the uninstalled location

    WebhookDelivery installA = sender.sendInstall(replicaOne.uri(), a);
    WebhookDelivery installB = sender.sendInstall(replicaTwo.uri(), b);
    sender.sendInstall(replicaOne.uri(), c);
    WebhookDelivery repeatA = sender.resend(replicaTwo.uri(), installA);   // other replica, same id
    sender.resend(replicaOne.uri(), installB);
    WebhookDelivery uninstallB = sender.sendUninstall(replicaOne.uri(), b);
    sender.resend(replicaTwo.uri(), uninstallB);
    sender.resend(replicaOne.uri(), installB);                             // a late repeat of B's install

    // Forgeries: A's signed install with its location changed to D; an unsigned install of D.
    String tampered = installA.bodyText().replace(a, d).replace(installA.webhookId(), "forged-1");
    int forgedStatus = post(replicaOne.uri(), tampered.getBytes(StandardCharsets.UTF_8),
        sender.signEd25519(installA.body()));
    WebhookDelivery unsigned = sender.signing(GhlWebhooks.Signing.NONE).sendInstall(replicaTwo.uri(), d);

    assertEquals(List.of(200), installA.statuses());
    assertEquals(List.of(200), repeatA.statuses());
    assertEquals(401, forgedStatus);
    assertEquals(401, unsigned.statuses().get(0));
    assertEquals(Set.of(a, c), registry.installed());
    assertEquals(List.of("+" + a, "+" + b, "+" + c, "-" + b), changes);
    assertEquals(List.of("store " + a, "store " + b, "store " + c, "delete " + b), tokenCalls);
  }

  private static int post(URI uri, byte[] body, String ed25519Signature) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .header("content-type", "application/json")
        .header(WebhookVerifier.ED25519_HEADER, ed25519Signature)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
