package io.github.ghlplezi.plezi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.plezi.internal.BrainSignature;
import io.github.ghlplezi.plezi.internal.SigningInterceptor;
import io.github.ghlplezi.plezi.model.ContentWebForm;
import io.github.ghlplezi.plezi.model.ContentWebFormQuery;
import io.github.ghlplezi.testkit.BrainSignatures;
import io.github.ghlplezi.testkit.FakePlezi;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SandboxExtension;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The brain client and its signature against the testkit's brain fake and its verifier. */
@ExtendWith(SandboxExtension.class)
class SandboxBrainTest {

  static PleziClient.Builder brain(Sandbox sandbox) {
    FakePlezi plezi = sandbox.plezi();
    return PleziClient.builder().brainBaseUrl(plezi.brainBaseUrl())
        .publicKey(plezi.brainPublicKey()).secretKey(plezi.brainSecretKey())
        .clock(sandbox.clock()).random(new Random(3));
  }

  @Test
  void signed_requests_of_the_client_are_accepted_by_the_fake(Sandbox sandbox) {
    FakePlezi plezi = sandbox.plezi();
    long rejectedBefore = plezi.counter("brainRejected");
    PleziClient client = brain(sandbox).build();

    assertTrue(client.authenticateBrainKeys());
    List<String> ids = client.forms().stream(ContentWebFormQuery.builder().perPage(1)
        .build()).map(ContentWebForm::id).collect(Collectors.toList());
    String script = client.analyticsScript();

    assertTrue(ids.contains(plezi.contentWebFormId()), ids.toString());
    assertEquals(ids.size(), ids.stream().distinct().count(), "no page read twice");
    assertEquals(client.forms().list(ContentWebFormQuery.defaults()).totalResults().orElseThrow(),
        (long) ids.size());
    assertTrue(script.startsWith("<script"), script);
    assertEquals(rejectedBefore, plezi.counter("brainRejected"));
  }

  @Test
  void both_separator_variants_and_the_real_host_name_are_accepted(Sandbox sandbox) {
    for (PleziProtocol.SignatureLineBreak lineBreak : PleziProtocol.SignatureLineBreak.values()) {
      assertTrue(brain(sandbox).protocol(PleziProtocol.builder().signatureLineBreak(lineBreak).build()).build().analyticsScript()
          .startsWith("<script"));
    }
    assertTrue(brain(sandbox).protocol(PleziProtocol.builder()
        .signatureHostOverride(sandbox.plezi().brainSigningHost()).build()).build()
        .analyticsScript().startsWith("<script"));
  }

  @Test
  void the_testkit_verifier_accepts_the_clients_header_and_rejects_tampered_requests(
      Sandbox sandbox) {
    FakePlezi plezi = sandbox.plezi();
    String pub = plezi.brainPublicKey();
    String secret = plezi.brainSecretKey();
    Instant now = Instant.parse("2026-11-27T12:00:00Z");
    HttpUrl url = HttpUrl.get("https://brain.plezi.co/api/v1/content_web_forms"
        + "?sort_by=title&sort_dir=asc&page=1&per_page=20");
    List<String> hosts = List.of("brain.plezi.co");
    Duration window = Duration.ofMinutes(5);
    for (PleziProtocol.SignatureLineBreak lineBreak : PleziProtocol.SignatureLineBreak.values()) {
      String header = new BrainSignature(pub, secret, lineBreak, PleziProtocol.SignatureHost.HOST_HEADER)
          .header("GET", url, "n0nce", now.getEpochSecond());

      assertEquals(BrainSignatures.Result.VALID, BrainSignatures.verify(header, "GET", hosts,
          url.encodedPath(), url.encodedQuery(), pub, secret, now, window));
      assertEquals(BrainSignatures.Result.BAD_SIGNATURE, BrainSignatures.verify(header, "GET", hosts,
          url.encodedPath(), "sort_by=title&sort_dir=asc&page=2&per_page=20", pub, secret, now,
          window), "query changed");
      assertEquals(BrainSignatures.Result.BAD_SIGNATURE, BrainSignatures.verify(header, "GET", hosts,
          "/api/v1/analytics_script", url.encodedQuery(), pub, secret, now, window), "path changed");
      assertEquals(BrainSignatures.Result.BAD_SIGNATURE, BrainSignatures.verify(header, "DELETE",
          hosts, url.encodedPath(), url.encodedQuery(), pub, secret, now, window), "method changed");
      assertEquals(BrainSignatures.Result.BAD_SIGNATURE, BrainSignatures.verify(
          header.replace("nonce=n0nce", "nonce=other"), "GET", hosts, url.encodedPath(),
          url.encodedQuery(), pub, secret, now, window), "nonce changed");
      assertEquals(BrainSignatures.Result.STALE_TIMESTAMP, BrainSignatures.verify(header, "GET",
          hosts, url.encodedPath(), url.encodedQuery(), pub, secret, now.plus(Duration.ofMinutes(6)),
          window));
    }
  }

  @Test
  void a_request_tampered_after_signing_is_rejected_by_the_fake(Sandbox sandbox) throws IOException {
    FakePlezi plezi = sandbox.plezi();
    SigningInterceptor signer = new SigningInterceptor(new BrainSignature(plezi.brainPublicKey(),
        plezi.brainSecretKey(), PleziProtocol.SignatureLineBreak.LITERAL_BACKSLASH_N, PleziProtocol.SignatureHost.HOST_HEADER),
        sandbox.clock(), SigningInterceptor.randomNonces(new Random(5)));
    OkHttpClient honest = new OkHttpClient.Builder().addNetworkInterceptor(signer).build();
    OkHttpClient tampering = new OkHttpClient.Builder().addNetworkInterceptor(signer)
        .addNetworkInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .url(chain.request().url().newBuilder().setQueryParameter("per_page", "100").build())
            .build()))
        .build();
    Request request = new Request.Builder().url(plezi.brainBaseUrl()
        + "content_web_forms?sort_by=title&sort_dir=asc&page=1&per_page=20").build();
    long badBefore = plezi.counter("brainRejected:BAD_SIGNATURE");

    try (Response ok = honest.newCall(request).execute()) {
      assertEquals(200, ok.code());
    }
    try (Response refused = tampering.newCall(request).execute()) {
      assertEquals(401, refused.code());
    }
    assertEquals(badBefore + 1, plezi.counter("brainRejected:BAD_SIGNATURE"));
  }

  @Test
  void a_stale_clock_or_a_wrong_secret_is_an_authentication_failure(Sandbox sandbox) {
    Instant stale = sandbox.clock().instant().minus(Duration.ofMinutes(30));
    PleziAuthenticationException old = assertThrows(PleziAuthenticationException.class,
        () -> brain(sandbox).clock(Clock.fixed(stale, ZoneOffset.UTC)).build().analyticsScript());
    assertTrue(old.vendorMessage().orElseThrow().contains("timestamp"), old.getMessage());

    PleziClient wrong = brain(sandbox).secretKey("not-the-secret-key").build();
    assertFalse(wrong.authenticateBrainKeys());
    PleziAuthenticationException bad = assertThrows(PleziAuthenticationException.class,
        wrong::analyticsScript);
    assertFalse(bad.getMessage().contains("not-the-secret-key"));
  }
}
