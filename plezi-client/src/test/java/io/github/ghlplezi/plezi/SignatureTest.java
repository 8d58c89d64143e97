package io.github.ghlplezi.plezi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ghlplezi.plezi.internal.BrainSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signature vectors are computed here with javax.crypto, independently of the code under test. */
class SignatureTest {

  static final String PUBLIC = "pk_4f2a";
  static final String SECRET = "sk_9b1c_top_secret";
  @RegisterExtension
  static final WireMockExtension wm = WireMockExtension.newInstance()
      .options(options().dynamicPort().bindAddress("127.0.0.1"))
      .build();

  @BeforeEach
  void stubSignedEndpoints() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/analytics_script")).willReturn(aResponse()
        .withStatus(200).withBody("{\"data\":{\"script\":\"s\"}}")));
    wm.stubFor(get(urlPathEqualTo("/api/v1/content_web_forms")).willReturn(aResponse()
        .withStatus(200).withBody("{\"data\":[],\"meta\":{\"total_results\":0}}")));
  }

  static String hmacBase64(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  static Map<String, String> parts(String header) {
    assertEquals("plezi ", header.substring(0, 6));
    Map<String, String> out = new LinkedHashMap<>();
    for (String kv : header.substring(6).split(",")) {
      int eq = kv.indexOf('=');
      out.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return out;
  }

  @Test
  void literal_backslash_n_vector_for_the_plugins_request() throws Exception {
    BrainSignature sig = new BrainSignature(PUBLIC, SECRET, PleziProtocol.SignatureLineBreak.LITERAL_BACKSLASH_N,
        PleziProtocol.SignatureHost.HOST_HEADER);
    HttpUrl url = HttpUrl.get("https://brain.plezi.co/api/v1/content_web_forms"
        + "?sort_by=title&sort_dir=asc&page=1&per_page=20");
    String expectedText = "GET\\nbrain.plezi.co\\n/api/v1/content_web_forms\\n"
        + "sort_by=title&sort_dir=asc&page=1&per_page=20\\n"
        + "id=pk_4f2a&algo=hmac-sha256&nonce=WP-PLEZI&ts=1700000000";

    String header = sig.header("GET", url, "WP-PLEZI", 1_700_000_000L);

    assertEquals(expectedText, sig.stringToSign("GET", url, "WP-PLEZI", 1_700_000_000L));
    assertEquals("plezi id=pk_4f2a,algo=hmac-sha256,nonce=WP-PLEZI,signature="
        + hmacBase64(SECRET, expectedText) + ",ts=1700000000", header);
  }

  @Test
  void newline_variant_vector_with_a_port_and_no_query() throws Exception {
    BrainSignature sig = new BrainSignature(PUBLIC, SECRET, PleziProtocol.SignatureLineBreak.NEWLINE,
        PleziProtocol.SignatureHost.HOST_HEADER);
    HttpUrl url = HttpUrl.get("http://127.0.0.1:8089/api/v1/analytics_script");
    String expectedText = "GET\n127.0.0.1:8089\n/api/v1/analytics_script\n\n"
        + "id=pk_4f2a&algo=hmac-sha256&nonce=n1&ts=42";

    assertEquals("plezi id=pk_4f2a,algo=hmac-sha256,nonce=n1,signature="
        + hmacBase64(SECRET, expectedText) + ",ts=42", sig.header("GET", url, "n1", 42));
  }

  @Test
  void host_only_drops_the_port() throws Exception {
    BrainSignature sig = new BrainSignature(PUBLIC, SECRET, PleziProtocol.SignatureLineBreak.NEWLINE,
        PleziProtocol.SignatureHost.HOST_ONLY);
    HttpUrl url = HttpUrl.get("http://localhost:9000/api/v1/x?a=1%202");
    String expectedText = "GET\nlocalhost\n/api/v1/x\na=1%202\nid=pk_4f2a&algo=hmac-sha256&nonce=n&ts=1";

    assertEquals(hmacBase64(SECRET, expectedText),
        parts(sig.header("GET", url, "n", 1)).get("signature"));
  }

  @Test
  void the_two_variants_give_different_signatures() {
    HttpUrl url = HttpUrl.get("https://brain.plezi.co/api/v1/analytics_script");
    String literal = new BrainSignature(PUBLIC, SECRET, PleziProtocol.SignatureLineBreak.LITERAL_BACKSLASH_N,
        PleziProtocol.SignatureHost.HOST_HEADER).header("GET", url, "n", 1);
    String newline = new BrainSignature(PUBLIC, SECRET, PleziProtocol.SignatureLineBreak.NEWLINE,
        PleziProtocol.SignatureHost.HOST_HEADER).header("GET", url, "n", 1);
    assertNotEquals(literal, newline);
  }

  @Test
  void rejects_a_nonce_that_would_break_the_header() {
    BrainSignature sig = new BrainSignature(PUBLIC, SECRET, PleziProtocol.SignatureLineBreak.NEWLINE,
        PleziProtocol.SignatureHost.HOST_HEADER);
    HttpUrl url = HttpUrl.get("https://brain.plezi.co/api/v1/x");
    assertThrows(IllegalArgumentException.class, () -> sig.header("GET", url, "a,b", 1));
    assertThrows(IllegalArgumentException.class, () -> sig.header("GET", url, "a=b", 1));
  }

  PleziClient client(Instant now, Random random, PleziProtocol.SignatureLineBreak lineBreak) {
    return PleziClient.builder().brainBaseUrl(("http://127.0.0.1:" + wm.getPort()) + "/api/v1/").publicKey(PUBLIC)
        .secretKey(SECRET).clock(Clock.fixed(now, ZoneOffset.UTC)).random(random)
        .protocol(PleziProtocol.builder().signatureLineBreak(lineBreak).build()).build();
  }

  @Test
  void the_interceptor_signs_the_url_actually_sent_with_the_clock_and_random_source()
      throws Exception {
    Instant now = Instant.parse("2026-11-27T15:00:00Z");
    client(now, new Random(7), PleziProtocol.SignatureLineBreak.NEWLINE).forms().list(
        io.github.ghlplezi.plezi.model.ContentWebFormQuery.defaults());

    LoggedRequest req = wm.findAll(anyRequestedFor(anyUrl())).get(0);
    Map<String, String> p = parts(req.getHeader("X-AUTHORIZATION"));
    assertEquals(List.of("id", "algo", "nonce", "signature", "ts"), List.copyOf(p.keySet()));
    assertEquals(Long.toString(now.getEpochSecond()), p.get("ts"));
    byte[] expectedNonce = new byte[16];
    new Random(7).nextBytes(expectedNonce);
    assertEquals(java.util.HexFormat.of().formatHex(expectedNonce), p.get("nonce"));
    HttpUrl sent = HttpUrl.get(("http://127.0.0.1:" + wm.getPort()) + req.getUrl());
    String text = "GET\n127.0.0.1:" + wm.getPort() + "\n/api/v1/content_web_forms\n"
        + "sort_by=title&sort_dir=asc&page=1&per_page=20\n"
        + "id=" + PUBLIC + "&algo=hmac-sha256&nonce=" + p.get("nonce") + "&ts=" + p.get("ts");
    assertEquals(sent.encodedQuery(), "sort_by=title&sort_dir=asc&page=1&per_page=20");
    assertEquals(hmacBase64(SECRET, text), p.get("signature"));
  }

  @Test
  void each_request_gets_a_fresh_nonce() {
    PleziClient c = client(Instant.parse("2026-11-27T15:00:00Z"), new Random(1),
        PleziProtocol.SignatureLineBreak.LITERAL_BACKSLASH_N);
    c.analyticsScript();
    c.analyticsScript();

    List<LoggedRequest> reqs = wm.findAll(anyRequestedFor(anyUrl()));
    assertNotEquals(parts(reqs.get(0).getHeader("X-AUTHORIZATION")).get("nonce"),
        parts(reqs.get(1).getHeader("X-AUTHORIZATION")).get("nonce"));
  }

  @Test
  void a_fixed_nonce_supplier_reproduces_the_plugins_header() throws Exception {
    PleziClient.builder().brainBaseUrl(("http://127.0.0.1:" + wm.getPort()) + "/api/v1/").publicKey(PUBLIC)
        .secretKey(SECRET).clock(Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC))
        .nonceSupplier(() -> "WP-PLEZI").build().analyticsScript();

    String header = wm.findAll(anyRequestedFor(anyUrl())).get(0).getHeader("X-AUTHORIZATION");
    String text = "GET\\n127.0.0.1:" + wm.getPort() + "\\n/api/v1/analytics_script\\n\\n"
        + "id=pk_4f2a&algo=hmac-sha256&nonce=WP-PLEZI&ts=1700000000";
    assertEquals("plezi id=pk_4f2a,algo=hmac-sha256,nonce=WP-PLEZI,signature="
        + hmacBase64(SECRET, text) + ",ts=1700000000", header);
  }
}
