package io.github.ghlplezi.sync.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignedWebhookTest {

  static final byte[] SECRET = "0123456789abcdef-webhook-secret".getBytes(StandardCharsets.UTF_8);
  static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  private WireMockServer wm;

  @BeforeEach
  void start() {
    wm = new WireMockServer(options().dynamicPort());
    wm.start();
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private SignedWebhook webhook(String path) {
    return SignedWebhook.builder(wm.baseUrl() + path).secret(SECRET).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  }

  /** The documented algorithm, recomputed with javax.crypto alone. */
  static String independentSignature(byte[] secret, String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void the_signature_verifies_with_the_documented_algorithm() throws Exception {
    wm.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
    String body = "{\"text\":\"héllo\"}";

    webhook("/hook").post(body, "delivery-1");

    LoggedRequest received = wm.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
    String ts = received.getHeader(SignedWebhook.TIMESTAMP_HEADER);
    assertEquals(Long.toString(NOW.getEpochSecond()), ts);
    assertEquals(body, received.getBodyAsString());
    assertEquals(independentSignature(SECRET, ts, body), received.getHeader(SignedWebhook.SIGNATURE_HEADER));
    assertEquals("delivery-1", received.getHeader(SignedWebhook.DELIVERY_HEADER));
    assertTrue(received.getHeader("Content-Type").startsWith("application/json"));
    assertTrue(SignedWebhook.verify(SECRET, ts, received.getHeader(SignedWebhook.SIGNATURE_HEADER),
        received.getBodyAsString(), NOW.plusSeconds(10)));
  }

  @Test
  void verify_refuses_a_changed_body_another_secret_an_old_timestamp_and_garbage() throws Exception {
    String ts = Long.toString(NOW.getEpochSecond());
    String sig = independentSignature(SECRET, ts, "{}");
    assertTrue(SignedWebhook.verify(SECRET, ts, sig, "{}", NOW));
    assertFalse(SignedWebhook.verify(SECRET, ts, sig, "{ }", NOW));
    assertFalse(SignedWebhook.verify("another-secret-of-16+bytes".getBytes(StandardCharsets.UTF_8), ts, sig, "{}", NOW));
    assertFalse(SignedWebhook.verify(SECRET, ts, sig, "{}", NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)));
    assertFalse(SignedWebhook.verify(SECRET, ts, sig, "{}", NOW.minus(Duration.ofMinutes(5)).minusSeconds(1)));
    assertTrue(SignedWebhook.verify(SECRET, ts, sig, "{}", NOW.plus(Duration.ofMinutes(5))));
    assertTrue(SignedWebhook.verify(SECRET, ts, sig, "{}", NOW.minus(Duration.ofMinutes(5))));
    assertFalse(SignedWebhook.verify(SECRET, ts, "v1=zz", "{}", NOW));
    assertFalse(SignedWebhook.verify(SECRET, ts, sig.substring(3), "{}", NOW));
    assertFalse(SignedWebhook.verify(SECRET, "-1", sig, "{}", NOW));
    assertFalse(SignedWebhook.verify(SECRET, null, sig, "{}", NOW));
    assertFalse(SignedWebhook.verify(SECRET, ts, null, "{}", NOW));
    assertTrue(SignedWebhook.verify(SECRET, ts, "v1=00ff, " + sig.toUpperCase().replace("V1=", "v1="), "{}", NOW));
  }

  @Test
  void redirects_are_not_followed_and_fail_permanently() {
    wm.stubFor(post(urlEqualTo("/moved")).willReturn(aResponse().withStatus(302).withHeader("Location", "/elsewhere")));

    AlertDeliveryException e = assertThrows(AlertDeliveryException.class, () -> webhook("/moved").post("{}", "d"));

    assertFalse(e.retriable());
    assertEquals(0, wm.findAll(postRequestedFor(urlEqualTo("/elsewhere"))).size());
  }

  @Test
  void server_errors_and_429_are_retriable_client_errors_are_not() {
    List<Integer> retriable = List.of(500, 503, 429, 408);
    for (int status : retriable) {
      wm.stubFor(post(urlEqualTo("/s" + status)).willReturn(aResponse().withStatus(status)));
      AlertDeliveryException e = assertThrows(AlertDeliveryException.class, () -> webhook("/s" + status).post("{}", "d"));
      assertTrue(e.retriable(), "status " + status);
    }
    for (int status : List.of(400, 401, 404, 410)) {
      wm.stubFor(post(urlEqualTo("/s" + status)).willReturn(aResponse().withStatus(status)));
      AlertDeliveryException e = assertThrows(AlertDeliveryException.class, () -> webhook("/s" + status).post("{}", "d"));
      assertFalse(e.retriable(), "status " + status);
    }
  }

  @Test
  void neither_the_secret_nor_the_url_path_reach_an_exception_message() {
    wm.stubFor(post(urlEqualTo("/T000/B000/XXXXsecretpath")).willReturn(aResponse().withStatus(500)));

    AlertDeliveryException e = assertThrows(AlertDeliveryException.class,
        () -> webhook("/T000/B000/XXXXsecretpath").post("{}", "d"));

    assertFalse(e.getMessage().contains("secretpath"), e.getMessage());
    assertFalse(e.getMessage().contains("webhook-secret"), e.getMessage());
    assertFalse(webhook("/T000/B000/XXXXsecretpath").toString().contains("secretpath"));
  }

  @Test
  void plain_http_to_a_remote_host_short_secrets_and_a_missing_secret_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> SignedWebhook.builder("http://hooks.example.com/x"));
    assertThrows(IllegalArgumentException.class, () -> SignedWebhook.builder("ftp://hooks.example.com/x"));
    assertThrows(IllegalArgumentException.class,
        () -> SignedWebhook.builder("https://hooks.example.com/x").secret(new byte[SignedWebhook.MIN_SECRET_BYTES - 1]));
    SignedWebhook.builder("https://hooks.example.com/x").secret(new byte[SignedWebhook.MIN_SECRET_BYTES]).build();
    SignedWebhook.builder("http://127.0.0.1:9/x").secret(SECRET).build();
    assertThrows(IllegalStateException.class, () -> SignedWebhook.builder("https://hooks.example.com/x").build());
  }
}
