package io.github.ghlplezi.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.http.ScriptedServer.Answer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Listeners (several at once, a faulty one among them, the Micrometer binding), the Plezi pace
 * against its longest wait, HighLevel waits that add up, and a client rebuilt on a client.
 */
class ListenersAndPacingTest {

  private static final Clock STOPPED = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  private final RecordingListener events = new RecordingListener();
  private final List<Duration> sleeps = new ArrayList<>();
  /** Records each wait and lets no time pass: the budget finds the same state every time it looks. */
  private final Sleeper stalled = sleeps::add;
  private ScriptedServer server;

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedServer(Answer.status(200));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private int get(OkHttpClient client) throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/tags")).build()).execute()) {
      return r.code();
    }
  }

  @Test
  void a_composite_calls_every_listener_even_after_one_throws() {
    HttpEventListener faulty = new HttpEventListener() {
      @Override
      public void onRequest(RequestEvent event) {
        throw new IllegalStateException("faulty listener");
      }

      @Override
      public void onRetry(RetryEvent event) {
        throw new IllegalStateException("faulty listener");
      }

      @Override
      public void onThrottled(ThrottleEvent event) {
        throw new IllegalStateException("faulty listener");
      }

      @Override
      public void onCircuitStateChange(CircuitEvent event) {
        throw new IllegalStateException("faulty listener");
      }
    };
    HttpEventListener both = HttpEventListener.composite(List.of(faulty, events));
    both.onRequest(new HttpEventListener.RequestEvent(RemoteApi.GHL, "GET", "h", "/p", null, 1, 200, null,
        Duration.ofMillis(3)));
    both.onRetry(new HttpEventListener.RetryEvent(RemoteApi.GHL, "GET", "/p", null, 1, "503", Duration.ofMillis(9)));
    both.onThrottled(new HttpEventListener.ThrottleEvent(RemoteApi.PLEZI, "plezi", Duration.ofMillis(5)));
    both.onCircuitStateChange(new HttpEventListener.CircuitEvent("h:1", CircuitState.CLOSED, CircuitState.OPEN));
    assertEquals(1, events.requests.size());
    assertEquals(1, events.retries.size());
    assertEquals(1, events.throttles.size());
    assertEquals(1, events.circuits.size());
  }

  @Test
  void two_listeners_given_to_the_builder_both_hear_every_attempt() throws IOException {
    RecordingListener second = new RecordingListener();
    OkHttpClient client = ResilientHttp.ghl().listener(events).listener(second).build();
    assertEquals(200, get(client));
    assertEquals(1, events.requests.size());
    assertEquals(1, second.requests.size());
  }

  @Test
  void micrometer_counts_throttles_circuit_transitions_and_failed_attempts() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MicrometerHttpMetrics metrics = new MicrometerHttpMetrics(registry);
    metrics.onThrottled(new HttpEventListener.ThrottleEvent(RemoteApi.PLEZI, "plezi", Duration.ofMillis(250)));
    assertEquals(1, registry.get("ghlplezi.http.throttled").tag("api", "plezi").timer().count());
    assertEquals(250.0, registry.get("ghlplezi.http.throttled").timer()
        .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS));

    metrics.onCircuitStateChange(new HttpEventListener.CircuitEvent("h:1", CircuitState.CLOSED, CircuitState.OPEN));
    assertEquals(2.0, registry.get("ghlplezi.http.circuit.state").tag("host", "h:1").gauge().value());
    metrics.onCircuitStateChange(new HttpEventListener.CircuitEvent("h:1", CircuitState.OPEN, CircuitState.HALF_OPEN));
    assertEquals(1.0, registry.get("ghlplezi.http.circuit.state").tag("host", "h:1").gauge().value());
    metrics.onCircuitStateChange(new HttpEventListener.CircuitEvent("h:1", CircuitState.HALF_OPEN,
        CircuitState.CLOSED));
    assertEquals(0.0, registry.get("ghlplezi.http.circuit.state").tag("host", "h:1").gauge().value());
    assertEquals(1.0, registry.get("ghlplezi.http.circuit.transitions").tag("to", "open").counter().count());

    for (int status : new int[] {0, 429, 404}) {
      metrics.onRequest(new HttpEventListener.RequestEvent(RemoteApi.GHL, "GET", "h", "/p", null, 1, status,
          status == 0 ? "SocketTimeoutException" : null, Duration.ofMillis(1)));
    }
    for (String outcome : new String[] {"io", "429", "4xx"}) {
      assertEquals(1, registry.get("ghlplezi.http.requests").tag("outcome", outcome).timer().count(), outcome);
    }
  }

  @Test
  void the_plezi_pace_waits_up_to_max_wait_and_refuses_a_longer_wait_without_sending() throws IOException {
    OkHttpClient client = ResilientHttp.plezi().clock(STOPPED).sleeper(stalled).listener(events)
        .pleziRateLimits(PleziRateLimits.fixed(1).withMaxWait(Duration.ofSeconds(1)))
        .retryPolicy(RetryPolicy.NONE).circuitBreaker(CircuitBreakerPolicy.DISABLED).build();
    assertEquals(200, get(client));
    assertTrue(events.throttles.isEmpty(), "the first request does not wait: " + events.throttles);
    assertEquals(200, get(client));
    assertEquals(List.of(Duration.ofSeconds(1)), sleeps, "the second waits its turn, exactly max wait");
    assertEquals(List.of(Duration.ofSeconds(1)), events.throttles.stream().map(t -> t.delay()).toList());

    RateBudgetExceededException refused = assertThrows(RateBudgetExceededException.class, () -> get(client));
    assertEquals(Duration.ofSeconds(2), refused.retryIn(), "its turn would come 2 s from now");
    assertEquals(2, server.requests(), "the refused request was not sent");
  }

  @Test
  void highlevel_burst_waits_add_up_against_max_wait() throws IOException {
    OkHttpClient client = ResilientHttp.ghl().clock(STOPPED).sleeper(stalled).listener(events)
        .ghlRateLimits(GhlRateLimits.defaults().withBurst(1, Duration.ofSeconds(10)).withMaxWait(Duration.ofSeconds(15)))
        .retryPolicy(RetryPolicy.NONE).circuitBreaker(CircuitBreakerPolicy.DISABLED).build();
    assertEquals(200, get(client));
    // the slot stays busy: one 10 s wait fits in 15 s, a second one would not
    RateBudgetExceededException refused = assertThrows(RateBudgetExceededException.class, () -> get(client));
    assertEquals(Duration.ofSeconds(10), refused.retryIn());
    assertEquals(List.of(Duration.ofSeconds(10)), sleeps);
    assertEquals(1, server.requests());
  }

  @Test
  void a_client_rebuilt_on_a_resilient_client_replaces_its_chain_and_keeps_foreign_interceptors() {
    Interceptor foreign = chain -> chain.proceed(chain.request());
    OkHttpClient base = new OkHttpClient.Builder().addInterceptor(foreign).build();
    for (ResilientHttp.Builder kind : List.of(ResilientHttp.ghl(), ResilientHttp.plezi())) {
      OkHttpClient once = kind.baseClient(base).build();
      assertEquals(4, once.interceptors().size(), "three of ours, then the foreign one");
      assertEquals(foreign, once.interceptors().get(3));
      OkHttpClient twice = ResilientHttp.ghl().baseClient(once).build();
      assertEquals(4, twice.interceptors().size(), "ours replaced, not stacked: " + twice.interceptors());
      assertEquals(foreign, twice.interceptors().get(3));
      OkHttpClient thrice = ResilientHttp.plezi().baseClient(twice).build();
      assertEquals(4, thrice.interceptors().size(), "ours replaced, not stacked: " + thrice.interceptors());
    }
  }
}
