package io.github.ghlplezi.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ghlplezi.sync.http.ScriptedServer.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connections that die without an answer: how often the chain tries, and what the breaker makes of it. */
class IoFailureResilienceTest {

  private final ManualTime time = new ManualTime();
  private final RecordingListener events = new RecordingListener();
  private ScriptedServer server;

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedServer(Answer.DROP);
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private ResilientHttp.Builder chain() {
    return ResilientHttp.ghl().clock(time).sleeper(time).listener(events).random(new SplittableRandom(7));
  }

  private int get(OkHttpClient client) throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/oauth/installedLocations")).build())
        .execute()) {
      return r.code();
    }
  }

  @Test
  void a_safe_request_whose_connection_keeps_dropping_is_sent_exactly_max_attempts_times() {
    OkHttpClient client = chain().retryPolicy(RetryPolicy.defaults().withMaxAttempts(3))
        .circuitBreaker(CircuitBreakerPolicy.DISABLED).build();

    assertThrows(IOException.class, () -> get(client));

    assertEquals(3, server.requests());
    assertEquals(2, events.retries.size(), "two retries between three attempts");
    assertEquals(List.of(1, 2, 3), events.requests.stream().map(HttpEventListener.RequestEvent::attempt).toList());
  }

  @Test
  void a_single_attempt_policy_sends_a_dropped_request_once() {
    OkHttpClient client = chain().retryPolicy(RetryPolicy.defaults().withMaxAttempts(1))
        .circuitBreaker(CircuitBreakerPolicy.DISABLED).build();

    assertThrows(IOException.class, () -> get(client));

    assertEquals(1, server.requests());
    assertEquals(List.of(), events.retries);
  }

  @Test
  void dropped_connections_open_the_breaker_and_the_next_call_is_refused_without_being_sent() {
    // a deadline shorter than the open time: the call cannot wait for the breaker, so it is refused
    OkHttpClient client = chain().retryPolicy(RetryPolicy.NONE.withDeadline(Duration.ofSeconds(5)))
        .circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(4, 4, 0.5).withOpenDuration(Duration.ofSeconds(30)))
        .build();
    for (int i = 0; i < 4; i++) {
      assertThrows(IOException.class, () -> get(client));
    }
    assertEquals(List.of(CircuitState.OPEN), events.circuits.stream().map(HttpEventListener.CircuitEvent::to).toList());

    CircuitOpenException refused = assertThrows(CircuitOpenException.class, () -> get(client));

    assertEquals(4, server.requests(), "the refused call never reached the host");
    assertEquals(Duration.ofSeconds(30), refused.retryIn());
  }

  @Test
  void half_dropped_connections_open_a_fifty_percent_breaker_and_fewer_do_not() throws IOException {
    OkHttpClient client = chain().retryPolicy(RetryPolicy.NONE)
        .circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(4, 4, 0.5)).build();
    server.answer(Answer.status(200));
    get(client);
    get(client);
    get(client);
    server.answer(Answer.DROP);
    assertThrows(IOException.class, () -> get(client));
    assertEquals(List.of(), events.circuits, "1 dropped in 4");

    assertThrows(IOException.class, () -> get(client));
    assertEquals(List.of(CircuitState.OPEN), events.circuits.stream().map(HttpEventListener.CircuitEvent::to).toList(),
        "2 dropped in the last 4");
  }
}
