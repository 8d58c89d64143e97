package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PleziBrainTest {
  private Sandbox sandbox;
  private FakePlezi plezi;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    plezi = sandbox.plezi();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private Http.Response signedGet(String pathAndQuery, String host, BrainSignatures.Separator sep, String secret,
      long ts) {
    URI uri = URI.create(plezi.brainBaseUrl() + pathAndQuery);
    String header = BrainSignatures.header("GET", host, uri.getRawPath(), uri.getRawQuery() == null ? "" : uri.getRawQuery(),
        plezi.brainPublicKey(), secret, "WP-PLEZI", ts, sep);
    return Http.at(plezi.brainBaseUrl()).header("X-AUTHORIZATION", header).get(pathAndQuery);
  }

  private long now() {
    return sandbox.clock().instant().getEpochSecond();
  }

  @Test
  void authenticates_a_valid_key_pair_and_refuses_others() {
    Http brain = Http.at(plezi.brainBaseUrl());
    assertEquals(200, brain.postForm("api_keys/authenticate",
        Map.of("client_id", plezi.brainPublicKey(), "client_secret", plezi.brainSecretKey())).status());
    Http.Response bad = brain.postForm("api_keys/authenticate",
        Map.of("client_id", plezi.brainPublicKey(), "client_secret", "nope"));
    assertEquals(401, bad.status());
    assertEquals("401", bad.json().at("/errors/0/status").asText());
  }

  @Test
  void accepts_a_signature_joined_with_newlines_or_with_literal_backslash_n() {
    String q = "content_web_forms?sort_by=title&sort_dir=asc&page=1&per_page=20";
    assertEquals(200, signedGet(q, "brain.plezi.co", BrainSignatures.Separator.NEWLINE, plezi.brainSecretKey(), now()).status());
    assertEquals(200, signedGet(q, "brain.plezi.co", BrainSignatures.Separator.LITERAL_BACKSLASH_N, plezi.brainSecretKey(), now()).status());
    String hostHeader = URI.create(plezi.brainBaseUrl()).getAuthority();
    assertEquals(200, signedGet(q, hostHeader, BrainSignatures.Separator.NEWLINE, plezi.brainSecretKey(), now()).status(),
        "the Host actually sent is accepted too");
  }

  @Test
  void rejects_a_bad_signature_an_unknown_key_and_a_missing_header() {
    String q = "content_web_forms?page=1";
    Http.Response bad = signedGet(q, "brain.plezi.co", BrainSignatures.Separator.NEWLINE, "wrong-secret", now());
    assertEquals(401, bad.status());
    assertEquals("Invalid signature", bad.json().at("/errors/0/detail").asText());
    String unknown = BrainSignatures.header("GET", "brain.plezi.co", "/api/v1/content_web_forms", "page=1",
        "someone-else", plezi.brainSecretKey(), "n", now(), BrainSignatures.Separator.NEWLINE);
    Http.Response r = Http.at(plezi.brainBaseUrl()).header("X-AUTHORIZATION", unknown).get(q);
    assertEquals("Unknown API key", r.json().at("/errors/0/detail").asText());
    assertEquals(401, Http.at(plezi.brainBaseUrl()).get(q).status());
    Http.Response tampered = Http.at(plezi.brainBaseUrl()).header("X-AUTHORIZATION",
        BrainSignatures.header("GET", "brain.plezi.co", "/api/v1/content_web_forms", "page=1", plezi.brainPublicKey(),
            plezi.brainSecretKey(), "n", now(), BrainSignatures.Separator.NEWLINE)).get("content_web_forms?page=2");
    assertEquals(401, tampered.status(), "the query is signed");
  }

  @Test
  void rejects_a_timestamp_outside_the_window_and_the_window_is_configurable() {
    String q = "content_web_forms";
    long old = now() - 301;
    Http.Response stale = signedGet(q, "brain.plezi.co", BrainSignatures.Separator.NEWLINE, plezi.brainSecretKey(), old);
    assertEquals(401, stale.status());
    assertEquals("Request timestamp outside the allowed window", stale.json().at("/errors/0/detail").asText());
    assertEquals(200, signedGet(q, "brain.plezi.co", BrainSignatures.Separator.NEWLINE, plezi.brainSecretKey(), now() - 299).status());
    try (Sandbox wide = Sandbox.builder().brainTimestampWindow(Duration.ofHours(1)).start()) {
      FakePlezi p = wide.plezi();
      long ts = wide.clock().instant().getEpochSecond() - 1800;
      String h = BrainSignatures.header("GET", "brain.plezi.co", "/api/v1/content_web_forms", "", p.brainPublicKey(),
          p.brainSecretKey(), "WP-PLEZI", ts, BrainSignatures.Separator.NEWLINE);
      assertEquals(200, Http.at(p.brainBaseUrl()).header("X-AUTHORIZATION", h).get(q).status());
    }
  }

  private List<String> titles(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("data").forEach(d -> out.add(d.at("/attributes/title").asText()));
    return out;
  }

  @Test
  void pages_and_sorts_content_web_forms_with_total_results() {
    JsonNode all = signedGet("content_web_forms?sort_by=title&sort_dir=asc&page=1&per_page=20", "brain.plezi.co",
        BrainSignatures.Separator.NEWLINE, plezi.brainSecretKey(), now()).json();
    List<String> t = titles(all);
    List<String> sorted = new ArrayList<>(t);
    sorted.sort(String.CASE_INSENSITIVE_ORDER);
    assertEquals(sorted, t);
    assertEquals(t.size(), all.at("/meta/total_results").asInt());
    assertTrue(t.size() >= 3);
    JsonNode page2 = signedGet("content_web_forms?sort_by=title&sort_dir=desc&page=2&per_page=2", "brain.plezi.co",
        BrainSignatures.Separator.NEWLINE, plezi.brainSecretKey(), now()).json();
    List<String> desc = new ArrayList<>(sorted);
    java.util.Collections.reverse(desc);
    assertEquals(desc.subList(2, Math.min(4, desc.size())), titles(page2));
    assertEquals(t.size(), page2.at("/meta/total_results").asInt());
    JsonNode first = all.at("/data/0");
    assertEquals("content_web_forms", first.get("type").asText());
    boolean seededFormListed = false;
    for (JsonNode d : all.get("data")) {
      seededFormListed |= d.get("id").asText().equals(plezi.contentWebFormId());
    }
    assertTrue(seededFormListed);
  }
}
