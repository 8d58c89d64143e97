package io.github.ghlplezi.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.ghlplezi.sync.http.ScriptedServer.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * Why the retry step stopped, as an operator reads it in the log (one "giving up" line per call,
 * with the attempts made and the last reason), and what it leaves behind: the MDC of the caller,
 * the path and duration reported to listeners.
 */
class GiveUpDecisionsTest {

  private static final String PATH = "/oauth/installedLocations";
  /** A retry policy whose shortest wait (1 s) is longer than its deadline (500 ms). */
  private static final RetryPolicy NO_TIME_TO_WAIT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(1),
      Duration.ofMillis(500), Duration.ofSeconds(1), 5, Duration.ofSeconds(60));

  private final ManualTime time = new ManualTime();
  private final RecordingListener events = new RecordingListener();
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger retryLogger = (Logger) org.slf4j.LoggerFactory.getLogger("io.github.ghlplezi.sync.http.retry");
  private Level levelBefore;
  private ScriptedServer server;

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedServer(Answer.status(200));
    log.start();
    levelBefore = retryLogger.getLevel();
    retryLogger.setLevel(Level.INFO);
    retryLogger.addAppender(log);
    MDC.remove("locationId");
  }

  @AfterEach
  void stop() throws IOException {
    retryLogger.detachAppender(log);
    retryLogger.setLevel(levelBefore);
    MDC.remove("locationId");
    server.close();
  }

  private OkHttpClient client(RetryPolicy policy) {
    return ResilientHttp.ghl().clock(time).sleeper(time).listener(events).random(new SplittableRandom(5))
        .retryPolicy(policy).circuitBreaker(CircuitBreakerPolicy.DISABLED).build();
  }

  private int get(OkHttpClient client) throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url(PATH)).build()).execute()) {
      return r.code();
    }
  }

  private List<String> givingUp() {
    return log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("giving up")).toList();
  }

  @Test
  void a_5xx_that_outlasts_the_attempts_is_given_up_with_its_status() throws IOException {
    server.answer(Answer.status(503));
    assertEquals(503, get(client(RetryPolicy.defaults().withMaxAttempts(3))));
    assertEquals(3, server.requests());
    assertEquals(List.of("giving up on GET " + PATH + " after 3 attempt(s); last: 503"), givingUp());
  }

  @Test
  void a_post_nobody_declared_repeatable_is_given_up_after_its_first_5xx() throws IOException {
    server.answer(Answer.status(500));
    OkHttpClient client = client(RetryPolicy.defaults());
    try (Response r = client.newCall(new Request.Builder().url(server.url(PATH))
        .post(RequestBody.create(new byte[0])).build()).execute()) {
      assertEquals(500, r.code());
    }
    assertEquals(1, server.requests());
    assertEquals(List.of("giving up on POST " + PATH + " after 1 attempt(s); last: 500"), givingUp());
  }

  @Test
  void a_5xx_whose_backoff_would_pass_the_deadline_is_handed_back_at_once() throws IOException {
    server.answer(Answer.status(503));
    assertEquals(503, get(client(NO_TIME_TO_WAIT)));
    assertEquals(1, server.requests());
    assertEquals(Duration.ZERO, time.slept());
    assertEquals(List.of("giving up on GET " + PATH + " after 1 attempt(s); last: 503"), givingUp());
  }

  @Test
  void a_dropped_connection_whose_backoff_would_pass_the_deadline_fails_at_once() {
    server.answer(Answer.DROP);
    assertThrows(IOException.class, () -> get(client(NO_TIME_TO_WAIT)));
    assertEquals(1, server.requests());
    assertEquals(Duration.ZERO, time.slept());
    assertEquals(1, givingUp().size());
    assertTrue(givingUp().get(0).startsWith("giving up on GET " + PATH + " after 1 attempt(s); last: "), givingUp()
        .toString());
  }

  @Test
  void dropped_connections_that_outlast_the_attempts_are_given_up_once() {
    server.answer(Answer.DROP);
    assertThrows(IOException.class, () -> get(client(RetryPolicy.defaults().withMaxAttempts(2))));
    assertEquals(2, server.requests());
    assertEquals(1, givingUp().size());
    assertTrue(givingUp().get(0).startsWith("giving up on GET " + PATH + " after 2 attempt(s)"), givingUp().toString());
  }

  @Test
  void a_retry_after_of_exactly_max_retry_after_is_waited_for() throws IOException {
    server.answer(new Answer(429, Map.of("Retry-After", "60")));
    OkHttpClient client = ResilientHttp.ghl().clock(time).sleeper(time).listener(events).withoutRateBudget()
        .circuitBreaker(CircuitBreakerPolicy.DISABLED).build();
    assertEquals(429, get(client));
    assertEquals(Duration.ofSeconds(60), time.sleeps().get(0), "60 s is within maxRetryAfter (60 s)");
    assertEquals(List.of("giving up on GET " + PATH + " after 3 attempt(s); last: 429"), givingUp(),
        "the third wait would pass the two-minute deadline");
  }

  @Test
  void a_retry_after_above_max_retry_after_is_given_up_with_the_advised_wait() throws IOException {
    server.answer(new Answer(429, Map.of("Retry-After", "61")));
    OkHttpClient client = ResilientHttp.ghl().clock(time).sleeper(time).withoutRateBudget()
        .circuitBreaker(CircuitBreakerPolicy.DISABLED).build();
    assertEquals(429, get(client));
    assertEquals(List.of("giving up on GET " + PATH + " after 1 attempt(s); last: 429 with Retry-After 61 s above "
        + "maxRetryAfter"), givingUp());
  }

  @Test
  void a_429_that_keeps_coming_is_given_up_after_max_429_retries() throws IOException {
    server.answer(new Answer(429, Map.of("Retry-After", "0")));
    assertEquals(429, get(client(RetryPolicy.defaults().withMax429Retries(2))));
    assertEquals(3, server.requests());
    assertEquals(List.of("giving up on GET " + PATH + " after 3 attempt(s); last: 3 answers 429"), givingUp());
  }

  @Test
  void the_callers_mdc_location_is_put_back_after_a_call_for_another_location() throws IOException {
    OkHttpClient client = client(RetryPolicy.NONE);
    MDC.put("locationId", "outer");
    try (Response r = client.newCall(RetryInterceptorTest.tagged(server.url(PATH), "inner", true).build()).execute()) {
      assertEquals(200, r.code());
    }
    assertEquals("outer", MDC.get("locationId"));
    assertEquals("inner", events.requests.get(0).locationId());

    assertEquals(200, get(client));
    assertEquals("outer", MDC.get("locationId"), "a call without a location leaves the MDC alone");

    MDC.remove("locationId");
    try (Response r = client.newCall(RetryInterceptorTest.tagged(server.url(PATH), "inner", true).build()).execute()) {
      assertEquals(200, r.code());
    }
    assertNull(MDC.get("locationId"), "no location was set before the call, none is left after it");
  }

  @Test
  void an_untagged_request_is_reported_with_its_url_path_and_a_duration_within_the_call() throws IOException {
    server.answer(Answer.status(503));
    OkHttpClient client = client(RetryPolicy.defaults().withMaxAttempts(2));
    long before = System.nanoTime();
    assertEquals(503, get(client));
    server.answer(Answer.DROP);
    assertThrows(IOException.class, () -> get(client(RetryPolicy.NONE)));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - before);

    assertEquals(3, events.requests.size());
    for (HttpEventListener.RequestEvent e : events.requests) {
      assertEquals(PATH, e.path());
      assertTrue(!e.duration().isNegative() && e.duration().compareTo(elapsed) <= 0,
          "an attempt's duration lies within the calls: " + e.duration() + " of " + elapsed);
    }
    assertEquals(PATH, events.retries.get(0).path());
  }
}
