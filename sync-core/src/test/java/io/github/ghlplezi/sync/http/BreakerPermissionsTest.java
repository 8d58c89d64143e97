package io.github.ghlplezi.sync.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.ghlplezi.http.ResponseTooLargeException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A half-open breaker lends one probe at a time. A probe that ends without saying anything about
 * the host (refused by the rate budget before it was sent, or an answer too large to read) must give
 * its permission back, or the host stays shut out although it recovered.
 */
class BreakerPermissionsTest {

  private static final CircuitBreakerPolicy ONE_PROBE = CircuitBreakerPolicy.defaults().withWindow(2, 2, 1.0)
      .withOpenDuration(Duration.ofSeconds(10)).withHalfOpenProbes(1);

  private final ManualTime time = new ManualTime();
  private final RecordingListener events = new RecordingListener();
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

  private int send(OkHttpClient client, String location) throws IOException {
    try (Response r = client.newCall(RetryInterceptorTest.tagged(wm.baseUrl() + "/x", location, true).build())
        .execute()) {
      return r.code();
    }
  }

  private List<CircuitState> transitions() {
    return events.circuits.stream().map(HttpEventListener.CircuitEvent::to).toList();
  }

  @Test
  void a_probe_refused_by_the_daily_budget_lets_the_next_location_probe_the_host() throws IOException {
    OkHttpClient client = ResilientHttp.ghl().clock(time).sleeper(time).listener(events).retryPolicy(RetryPolicy.NONE)
        .ghlRateLimits(GhlRateLimits.defaults().withDailyMax(1)).circuitBreaker(ONE_PROBE).build();
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(503)));
    assertEquals(503, send(client, "loc1"));
    assertEquals(503, send(client, "loc2"));
    assertEquals(List.of(CircuitState.OPEN), transitions());

    time.advance(Duration.ofSeconds(10));
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(200)));
    assertThrows(RateBudgetExceededException.class, () -> send(client, "loc1"), "loc1 spent its day");
    assertEquals(200, send(client, "loc3"), "the probe loc1 could not use goes to loc3");
    assertEquals(List.of(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED), transitions());
  }

  @Test
  void a_probe_whose_answer_is_too_large_gives_its_permission_back() throws IOException {
    OkHttpClient client = ResilientHttp.ghl().clock(time).sleeper(time).listener(events).retryPolicy(RetryPolicy.NONE)
        .maxResponseBytes(100).circuitBreaker(ONE_PROBE).build();
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(503)));
    assertEquals(503, send(client, "loc1"));
    assertEquals(503, send(client, "loc1"));

    time.advance(Duration.ofSeconds(10));
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(200).withBody("x".repeat(1000))));
    assertThrows(ResponseTooLargeException.class, () -> send(client, "loc1"));
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(200).withBody("{}")));
    assertEquals(200, send(client, "loc1"));
    assertEquals(List.of(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED), transitions());
  }
}
