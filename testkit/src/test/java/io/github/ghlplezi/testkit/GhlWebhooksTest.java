package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GhlWebhooksTest {

  /** A receiver that records raw bodies and headers and answers scripted statuses (then 200). */
  static final class Receiver implements AutoCloseable {
    final HttpServer server;
    final Deque<Integer> script = new ArrayDeque<>();
    final List<byte[]> bodies = new CopyOnWriteArrayList<>();
    final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();

    Receiver(Integer... statuses) throws IOException {
      script.addAll(List.of(statuses));
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/hook", ex -> {
        bodies.add(ex.getRequestBody().readAllBytes());
        headers.add(Map.copyOf(ex.getRequestHeaders()));
        int status;
        synchronized (script) {
          status = script.isEmpty() ? 200 : script.poll();
        }
        ex.sendResponseHeaders(status, -1);
        ex.close();
      });
      server.start();
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    String header(int i, String name) {
      for (Map.Entry<String, List<String>> e : headers.get(i).entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  private Sandbox sandbox;
  private FakeGhl ghl;
  private String loc;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    ghl = sandbox.ghl();
    loc = ghl.locations().get(0).id();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private static boolean verify(String algorithm, PublicKey key, byte[] body, String signature) throws Exception {
    Signature s = Signature.getInstance(algorithm);
    s.initVerify(key);
    s.update(body);
    return s.verify(Base64.getDecoder().decode(signature));
  }

  private static PublicKey fromPem(String pem, String algorithm) throws Exception {
    String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
  }

  @Test
  void signs_the_exact_body_bytes_with_ed25519_and_rsa_test_keys() throws Exception {
    try (Receiver r = new Receiver()) {
      WebhookDelivery d = ghl.webhooks().sendInstall(r.uri(), loc);
      assertTrue(d.delivered());
      byte[] body = r.bodies.get(0);
      assertArrayEquals(d.body(), body);
      PublicKey ed = fromPem(ghl.webhooks().ed25519PublicKeyPem(), "Ed25519");
      PublicKey rsa = fromPem(ghl.webhooks().rsaPublicKeyPem(), "RSA");
      assertTrue(verify("Ed25519", ed, body, r.header(0, "x-ghl-signature")));
      assertTrue(verify("SHA256withRSA", rsa, body, r.header(0, "x-wh-signature")));
      byte[] tampered = body.clone();
      tampered[tampered.length - 2] ^= 1;
      assertFalse(verify("Ed25519", ed, tampered, r.header(0, "x-ghl-signature")));
      JsonNode json = Http.MAPPER.readTree(body);
      assertEquals("INSTALL", json.get("type").asText());
      assertEquals(ghl.appId(), json.get("appId").asText());
      assertEquals(loc, json.get("locationId").asText());
      assertEquals(ghl.companyId(), json.get("companyId").asText());
      assertEquals(d.webhookId(), json.get("webhookId").asText());
      assertTrue(json.get("timestamp").asText().endsWith("Z"));
    }
  }

  @Test
  void test_keys_are_deterministic_per_seed() {
    try (Sandbox other = Sandbox.start()) {
      assertEquals(ghl.webhooks().ed25519PublicKeyPem(), other.ghl().webhooks().ed25519PublicKeyPem());
    }
  }

  @Test
  void retries_only_on_429_six_times_ten_minutes_apart_on_the_sandbox_clock() throws Exception {
    try (Receiver r = new Receiver(429, 429, 200)) {
      Instant before = sandbox.clock().instant();
      WebhookDelivery d = ghl.webhooks().sendInstall(r.uri(), loc);
      assertEquals(List.of(429, 429, 200), d.statuses());
      assertTrue(d.delivered());
      Duration gap = Duration.between(d.attemptTimes().get(0), d.attemptTimes().get(1));
      assertTrue(gap.compareTo(Duration.ofMinutes(10)) >= 0 && gap.compareTo(Duration.ofMinutes(12)) <= 0, gap.toString());
      assertTrue(Duration.between(before, sandbox.clock().instant()).toMinutes() >= 20);
      assertEquals(3, r.bodies.size());
      assertArrayEquals(r.bodies.get(0), r.bodies.get(2), "a retry resends the same bytes");
    }
    try (Receiver always429 = new Receiver(429, 429, 429, 429, 429, 429, 429, 429)) {
      WebhookDelivery d = ghl.webhooks().send(always429.uri(), "ContactCreate", Map.of("locationId", loc));
      assertEquals(7, d.attempts(), "one try plus six retries");
      assertFalse(d.delivered());
    }
  }

  @Test
  void never_retries_a_5xx_or_other_failure() throws Exception {
    try (Receiver r = new Receiver(500)) {
      WebhookDelivery d = ghl.webhooks().sendInstall(r.uri(), loc);
      assertEquals(List.of(500), d.statuses());
      assertEquals(1, r.bodies.size());
    }
    WebhookDelivery unreachable = ghl.webhooks().sendInstall(URI.create("http://127.0.0.1:1/hook"), loc);
    assertEquals(List.of(-1), unreachable.statuses());
  }

  @Test
  void resends_a_duplicate_with_the_same_webhook_id_and_bytes() throws Exception {
    try (Receiver r = new Receiver()) {
      WebhookDelivery first = ghl.webhooks().send(r.uri(), "ContactCreate", Map.of("locationId", loc, "id", "c1"));
      WebhookDelivery dup = ghl.webhooks().resend(r.uri(), first);
      assertEquals(first.webhookId(), dup.webhookId());
      assertArrayEquals(r.bodies.get(0), r.bodies.get(1));
      WebhookDelivery next = ghl.webhooks().send(r.uri(), "ContactCreate", Map.of("locationId", loc, "id", "c1"));
      assertFalse(next.webhookId().equals(first.webhookId()));
    }
  }

  @Test
  void uninstall_event_makes_later_calls_and_refreshes_for_the_location_fail() throws Exception {
    SandboxTokens tokens = ghl.issueLocationTokens(loc);
    try (Receiver r = new Receiver()) {
      WebhookDelivery d = ghl.webhooks().sendUninstall(r.uri(), loc);
      assertEquals("UNINSTALL", Http.MAPPER.readTree(d.body()).get("type").asText());
    }
    assertEquals(401, Http.ghl(ghl.baseUrl(), tokens.accessToken()).get("social-media-posting/" + loc + "/tags").status());
    Http.Response refresh = Http.at(ghl.baseUrl()).postForm("oauth/token", Map.of("client_id", ghl.oauthClientId(),
        "client_secret", ghl.oauthClientSecret(), "grant_type", "refresh_token", "refresh_token", tokens.refreshToken()));
    assertEquals(400, refresh.status());
  }

  @Test
  void can_send_na_signature_headers_or_only_one_signature() throws Exception {
    try (Receiver r = new Receiver()) {
      ghl.webhooks().signing(GhlWebhooks.Signing.NOT_AVAILABLE).sendInstall(r.uri(), loc);
      assertEquals("N/A", r.header(0, "x-ghl-signature"));
      assertEquals("N/A", r.header(0, "x-wh-signature"));
      ghl.webhooks().signing(GhlWebhooks.Signing.RSA_ONLY).sendInstall(r.uri(), loc);
      assertEquals(null, r.header(1, "x-ghl-signature"));
      assertTrue(r.header(1, "x-wh-signature").length() > 100);
    }
  }
}
