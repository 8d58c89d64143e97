package io.github.ghlplezi.sync.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.ghlplezi.sync.alert.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.ghlplezi.sync.http.HighestDraw;
import io.github.ghlplezi.sync.http.ManualTime;
import io.github.ghlplezi.sync.http.RetryPolicy;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proof 3: the webhook's signature verifies with the documented algorithm (recomputed here with
 * javax.crypto alone); a refused delivery is retried with backoff and, when the receiver never
 * accepts it, ends as a dead letter that can be queried and replayed.
 */
class WebhookDeliveryProofTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RetryPolicy RETRY =
      new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofMinutes(5));

  private final ManualTime clock = new ManualTime(T0);
  private WireMockServer receiver;

  @BeforeEach
  void start() {
    receiver = new WireMockServer(options().dynamicPort());
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop();
  }

  private WebhookAlertSink sink(String path, WebhookAlertSink.Format format) {
    return new WebhookAlertSink(SignedWebhook.builder(receiver.baseUrl() + path).secret(SignedWebhookTest.SECRET)
        .clock(clock).build(), format);
  }

  private AlertDispatcher dispatcher(AlertStore store, AlertSink sink) {
    return AlertDispatcher.builder().store(store).eventLog(new InMemorySyncStore()).sink(sink).retryPolicy(RETRY)
        .clock(clock).sleeper(clock).random(HighestDraw.INSTANCE).build();
  }

  private static Alert alert() {
    return new Alert("threshold:reach-drop:loc-1:2", AlertKind.THRESHOLD, "loc-1", T0, "Reach dropped",
        "Location loc-1: reach fell 40 %.", Map.of("value", "-40", "threshold", "-30"));
  }

  private static void assertSigned(LoggedRequest request) throws Exception {
    String ts = request.getHeader(SignedWebhook.TIMESTAMP_HEADER);
    String signature = request.getHeader(SignedWebhook.SIGNATURE_HEADER);
    assertEquals(SignedWebhookTest.independentSignature(SignedWebhookTest.SECRET, ts, request.getBodyAsString()),
        signature);
    assertTrue(SignedWebhook.verify(SignedWebhookTest.SECRET, ts, signature, request.getBodyAsString(),
        java.time.Instant.ofEpochSecond(Long.parseLong(ts))));
  }

  @Test
  void the_generic_body_carries_every_field_and_its_signature_verifies() throws Exception {
    receiver.stubFor(post(urlEqualTo("/alerts")).willReturn(aResponse().withStatus(200)));

    assertTrue(dispatcher(new InMemoryAlertStore(), sink("/alerts", WebhookAlertSink.Format.GENERIC))
        .dispatch(alert()).allDelivered());

    LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/alerts"))).get(0);
    assertSigned(request);
    assertEquals("threshold:reach-drop:loc-1:2", request.getHeader(SignedWebhook.DELIVERY_HEADER));
    JsonNode body = JSON.readTree(request.getBodyAsString());
    assertEquals("threshold:reach-drop:loc-1:2", body.get("key").asText());
    assertEquals("THRESHOLD", body.get("kind").asText());
    assertEquals("loc-1", body.get("locationId").asText());
    assertEquals(T0.toString(), body.get("raisedAt").asText());
    assertEquals("Reach dropped", body.get("title").asText());
    assertEquals("Location loc-1: reach fell 40 %.", body.get("message").asText());
    assertEquals("-40", body.get("details").get("value").asText());
    assertEquals("{\"threshold\":\"-30\",\"value\":\"-40\"}", body.get("details").toString(), "details sorted");
  }

  @Test
  void the_slack_body_is_one_text_field() throws Exception {
    receiver.stubFor(post(urlEqualTo("/slack")).willReturn(aResponse().withStatus(200)));

    dispatcher(new InMemoryAlertStore(), sink("/slack", WebhookAlertSink.Format.SLACK)).dispatch(alert());

    LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/slack"))).get(0);
    assertSigned(request);
    JsonNode body = JSON.readTree(request.getBodyAsString());
    assertEquals(List.of("text"), iterableToList(body.fieldNames()));
    assertEquals("*Reach dropped*\nLocation loc-1: reach fell 40 %.\nlocation: loc-1\nkey: threshold:reach-drop:loc-1:2",
        body.get("text").asText());
  }

  private static List<String> iterableToList(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void a_receiver_answering_503_then_ok_gets_the_alert_after_a_backoff_with_the_same_delivery_id() throws Exception {
    receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    receiver.stubFor(post(urlEqualTo("/flaky")).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(204)));
    InMemoryAlertStore store = new InMemoryAlertStore();

    AlertDispatcher.Dispatch d = dispatcher(store, sink("/flaky", WebhookAlertSink.Format.GENERIC)).dispatch(alert());

    assertTrue(d.allDelivered());
    assertEquals(List.of(Duration.ofMillis(500)), clock.sleeps());
    List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/flaky")));
    assertEquals(2, requests.size());
    for (LoggedRequest r : requests) {
      assertSigned(r);
      assertEquals(alert().key(), r.getHeader(SignedWebhook.DELIVERY_HEADER));
    }
    assertEquals(List.of(), store.deadLetters());
  }

  @Test
  void a_receiver_always_answering_500_leaves_a_queryable_dead_letter_that_replays_once_it_recovers()
      throws Exception {
    receiver.stubFor(post(urlEqualTo("/down")).willReturn(aResponse().withStatus(500)));
    JdbcAlertStore store = new JdbcAlertStore(JdbcAlertStoreH2Test.h2("webhook-proof")).createSchemaIfMissing();
    AlertDispatcher dispatcher = dispatcher(store, sink("/down", WebhookAlertSink.Format.GENERIC));

    AlertDispatcher.Dispatch d = dispatcher.dispatch(alert());

    assertFalse(d.allDelivered());
    assertEquals(4, receiver.findAll(postRequestedFor(urlEqualTo("/down"))).size());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)), clock.sleeps(),
        "exponential backoff between the four attempts");
    // a new process sees it: the dead letter is in the database
    List<AlertDeadLetter> letters = new JdbcAlertStore(JdbcAlertStoreH2Test.h2("webhook-proof")).deadLetters();
    assertEquals(1, letters.size());
    AlertDeadLetter letter = letters.get(0);
    assertEquals(alert(), letter.alert());
    assertEquals("webhook", letter.sink());
    assertEquals(4, letter.attempts());
    assertTrue(letter.lastError().contains("answered 500"), letter.lastError());
    assertTrue(letter.open());

    receiver.resetAll();
    receiver.stubFor(post(urlEqualTo("/down")).willReturn(aResponse().withStatus(200)));
    assertTrue(dispatcher.replay(letter.id()));

    List<LoggedRequest> replayed = receiver.findAll(postRequestedFor(urlEqualTo("/down")));
    assertEquals(1, replayed.size());
    assertSigned(replayed.get(0));
    assertEquals(alert().key(), JSON.readTree(replayed.get(0).getBodyAsString()).get("key").asText());
    assertFalse(store.deadLetters().get(0).open());
    assertEquals(0, dispatcher.replayAll(), "nothing left to replay");
  }

  @Test
  void a_receiver_refusing_with_400_is_not_retried() {
    receiver.stubFor(post(urlEqualTo("/bad")).willReturn(aResponse().withStatus(400)));
    InMemoryAlertStore store = new InMemoryAlertStore();

    dispatcher(store, sink("/bad", WebhookAlertSink.Format.GENERIC)).dispatch(alert());

    assertEquals(1, receiver.findAll(postRequestedFor(urlEqualTo("/bad"))).size());
    assertEquals(List.of(), clock.sleeps());
    assertEquals(1, store.deadLetters().size());
  }
}
