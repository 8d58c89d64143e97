package io.github.ghlplezi.sync.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CircuitBreakerAndLoggingTest {

  private WireMockServer wm;
  private final ManualTime time = new ManualTime();
  private final RecordingListener events = new RecordingListener();

  @BeforeEach
  void start() {
    wm = new WireMockServer(options().dynamicPort());
    wm.start();
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private static int send(OkHttpClient client, String url) throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(url).header("Authorization", "Bearer pit-SECRET-123")
        .build()).execute()) {
      return r.code();
    }
  }

  @Test
  void opens_on_sustained_failure_refuses_without_sending_then_closes_after_a_good_probe() throws IOException {
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(503)));
    OkHttpClient client = ResilientHttp.ghl().clock(time).sleeper(time).listener(events)
        .retryPolicy(RetryPolicy.NONE.withDeadline(Duration.ofSeconds(5)))
        .circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(10, 5, 0.5)
            .withOpenDuration(Duration.ofSeconds(30)).withHalfOpenProbes(1))
        .build();
    for (int i = 0; i < 5; i++) {
      assertEquals(503, send(client, wm.baseUrl() + "/x"));
    }
    assertEquals(List.of(CircuitState.OPEN), events.circuits.stream().map(e -> e.to()).toList());
    CircuitOpenException open = assertThrows(CircuitOpenException.class, () -> send(client, wm.baseUrl() + "/x"));
    assertTrue(open.retryIn().compareTo(Duration.ofSeconds(5)) > 0);
    wm.verify(5, getRequestedFor(urlPathEqualTo("/x")));

    time.advance(Duration.ofSeconds(31));
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(200)));
    assertEquals(200, send(client, wm.baseUrl() + "/x"));
    assertEquals(List.of(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED),
        events.circuits.stream().map(e -> e.to()).toList());
  }

  @Test
  void a_retrying_call_waits_for_the_circuit_instead_of_hammering_the_host() throws IOException {
    wm.stubFor(get(urlPathEqualTo("/y")).willReturn(aResponse().withStatus(502)));
    OkHttpClient client = ResilientHttp.ghl().clock(time).sleeper(time).listener(events)
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(6)).random(new java.util.SplittableRandom(3))
        .circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(4, 4, 0.5)
            .withOpenDuration(Duration.ofSeconds(20)).withHalfOpenProbes(1))
        .build();
    assertEquals(502, send(client, wm.baseUrl() + "/y"));
    // after the backoff that followed the failure which opened it, the call waits out the rest of the open time
    List<Duration> sleeps = time.sleeps();
    boolean waitedOut = false;
    for (int i = 0; i + 1 < sleeps.size(); i++) {
      waitedOut |= sleeps.get(i).plus(sleeps.get(i + 1)).equals(Duration.ofSeconds(20));
    }
    assertTrue(waitedOut, "waited for the open circuit: " + sleeps);
    wm.verify(events.requests.size(), getRequestedFor(urlPathEqualTo("/y")));
    assertTrue(events.circuits.size() >= 3);
  }

  @Test
  void a_4xx_is_not_a_host_failure() throws IOException {
    wm.stubFor(get(urlPathEqualTo("/z")).willReturn(aResponse().withStatus(404)));
    OkHttpClient client = ResilientHttp.ghl().clock(time).sleeper(time).listener(events)
        .circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(4, 2, 0.5)).build();
    for (int i = 0; i < 10; i++) {
      assertEquals(404, send(client, wm.baseUrl() + "/z"));
    }
    assertTrue(events.circuits.isEmpty());
  }

  @Test
  void logs_its_decisions_only_never_the_calls_with_the_tag_location_in_mdc_and_no_secret() throws IOException {
    Logger logger = (Logger) LoggerFactory.getLogger("io.github.ghlplezi.sync.http");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level before = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logger.addAppender(appender);
    try {
      wm.stubFor(get(urlPathEqualTo("/ok")).willReturn(aResponse().withStatus(200)));
      wm.stubFor(get(urlPathEqualTo("/bad")).willReturn(aResponse().withStatus(422)));
      wm.stubFor(get(urlPathEqualTo("/flaky")).inScenario("f").whenScenarioStateIs(STARTED)
          .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
      wm.stubFor(get(urlPathEqualTo("/flaky")).inScenario("f").whenScenarioStateIs("up")
          .willReturn(aResponse().withStatus(200)));
      OkHttpClient client = ResilientHttp.ghl().clock(time).sleeper(time).build();
      for (String path : new String[] {"/ok?searchText=private", "/bad", "/flaky"}) {
        Request.Builder b = RetryInterceptorTest.tagged(wm.baseUrl() + path, "locA", true)
            .header("Authorization", "Bearer pit-SECRET-123");
        try (Response r = client.newCall(b.build()).execute()) {
          assertTrue(r.code() == 200 || r.code() == 422);
        }
      }
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(before);
    }
    assertEquals(List.of("io.github.ghlplezi.sync.http.retry"),
        appender.list.stream().map(ILoggingEvent::getLoggerName).toList(), "one decision (the retry), no call line");
    assertTrue(appender.list.get(0).getFormattedMessage().startsWith("retrying GET /template after 503"),
        appender.list.get(0).getFormattedMessage());
    assertEquals("locA", appender.list.get(0).getMDCPropertyMap().get("locationId"));
    for (ILoggingEvent e : appender.list) {
      assertFalse(e.getFormattedMessage().contains("SECRET"), e.getFormattedMessage());
      assertFalse(e.getFormattedMessage().contains("private"), "query strings are not logged");
      assertFalse(e.getMDCPropertyMap().toString().contains("SECRET"));
    }
  }
}
