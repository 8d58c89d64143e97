package io.github.ghlplezi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private Sandbox sandbox;
  private String loc;
  private Http ghl;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
    loc = sandbox.ghl().locations().get(0).id();
    ghl = Http.ghl(sandbox.ghl().baseUrl(), sandbox.ghl().privateIntegrationToken(loc));
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private String tags() {
    return "social-media-posting/" + loc + "/tags";
  }

  @Test
  void injects_503_for_the_first_two_matching_calls_then_behaves() {
    sandbox.ghl().faults().add(FaultRule.onPath("/social-media-posting/.*/tags").method("GET").times(2)
        .fault(Fault.status(503)));
    Http.Response first = ghl.get(tags());
    assertEquals(503, first.status());
    assertEquals(503, first.json().get("statusCode").asInt());
    assertEquals(503, ghl.get(tags()).status());
    assertEquals(200, ghl.get(tags()).status());
    assertEquals(200, ghl.get("social-media-posting/" + loc + "/accounts").status(), "other paths unaffected");
    assertEquals(2, sandbox.ghl().faults().injectedCount());
  }

  @Test
  void injects_429_with_retry_after() {
    sandbox.ghl().faults().add(FaultRule.always().times(1).fault(Fault.tooManyRequests(Duration.ofSeconds(7))));
    Http.Response r = ghl.get(tags());
    assertEquals(429, r.status());
    assertEquals("7", r.header("Retry-After"));
    assertEquals("Too Many Requests", r.json().get("error").asText());
    assertEquals("100", r.header("X-RateLimit-Max"), "injected GHL answers carry the rate-limit headers too");
  }

  @Test
  void injects_500_and_502_as_vendor_error_bodies() {
    sandbox.ghl().faults().add(FaultRule.always().times(1).fault(Fault.status(500)));
    sandbox.plezi().faults().add(FaultRule.always().times(1).fault(Fault.status(502)));
    assertEquals(500, ghl.get(tags()).json().get("statusCode").asInt());
    Http.Response plezi = PleziWebformTest.legacy(sandbox).get("create_contact_after_webform?email=a@example.com");
    assertEquals(502, plezi.status());
    assertEquals("502", plezi.json().at("/errors/0/status").asText());
  }

  @Test
  void resets_the_connection_without_an_answer() {
    // no 'times' limit: the JDK client silently retries an idempotent GET once on a dropped connection
    sandbox.ghl().faults().add(FaultRule.always().fault(Fault.connectionReset()));
    assertThrows(UncheckedIOException.class, () -> ghl.get(tags()));
    sandbox.ghl().faults().clear();
    assertEquals(200, ghl.get(tags()).status());
  }

  @Test
  void truncates_the_body_below_its_content_length() {
    sandbox.ghl().faults().add(FaultRule.always().times(1).fault(Fault.truncatedBody()));
    assertThrows(UncheckedIOException.class, () -> ghl.get(tags()));
  }

  @Test
  void delays_the_answer_and_trickles_a_slow_body() {
    sandbox.ghl().faults().add(FaultRule.always().times(1).fault(Fault.latency(Duration.ofMillis(300))));
    long t0 = System.nanoTime();
    assertEquals(200, ghl.get(tags()).status());
    assertTrue(System.nanoTime() - t0 >= 300_000_000L);
    sandbox.ghl().faults().add(FaultRule.always().times(1).fault(Fault.slowBody(Duration.ofMillis(300))));
    long t1 = System.nanoTime();
    Http.Response slow = ghl.get(tags());
    assertTrue(System.nanoTime() - t1 >= 250_000_000L);
    assertEquals("Fetched Tags by Location ID", slow.json().get("message").asText(), "the whole body arrives");
  }

  @Test
  void applies_a_plezi_write_then_loses_the_response_so_a_retry_is_a_duplicate() {
    sandbox.plezi().faults().add(FaultRule.onPath("/api/v1/create_contact_after_webform")
        .fault(Fault.applyThenDrop()));
    String q = "create_contact_after_webform?form_id=" + sandbox.plezi().formId() + "&email=dup@example.com";
    Http plezi = PleziWebformTest.legacy(sandbox);
    assertThrows(UncheckedIOException.class, () -> plezi.get(q));
    assertTrue(sandbox.plezi().contact("dup@example.com").isPresent(), "the write was applied");
    long lost = sandbox.plezi().writeCount("dup@example.com");
    assertTrue(lost >= 1, "every attempt whose answer was lost still wrote: " + lost);
    sandbox.plezi().faults().clear();
    assertEquals(200, plezi.get(q).status(), "the retry finds the contact: update, not create");
    assertEquals(lost + 1, sandbox.plezi().writeCount("dup@example.com"));
  }

  private static List<Integer> statuses(long seed) {
    try (Sandbox s = Sandbox.builder().seed(seed).start()) {
      String l = s.ghl().locations().get(0).id();
      Http h = Http.ghl(s.ghl().baseUrl(), s.ghl().privateIntegrationToken(l));
      s.ghl().faults().add(FaultRule.always().probability(0.5).fault(Fault.status(503)));
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        out.add(h.get("social-media-posting/" + l + "/tags").status());
      }
      return out;
    }
  }

  @Test
  void probabilistic_faults_follow_the_seed() {
    List<Integer> a = statuses(1);
    List<Integer> b = statuses(1);
    List<Integer> c = statuses(2);
    assertEquals(a, b);
    assertNotEquals(a, c);
    long faulted = a.stream().filter(s -> s == 503).count();
    assertTrue(faulted > 5 && faulted < 35, "about half: " + faulted);
  }
}
