package io.github.ghlplezi.sync.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An optional {@link HttpEventListener} that records the chain's events as Micrometer meters. It is
 * the only class of the SDK that touches Micrometer: {@code micrometer-core} is an optional
 * dependency, so applications that do not use this class need not have it.
 *
 * <pre>{@code
 * OkHttpClient http = ResilientHttp.ghl().listener(new MicrometerHttpMetrics(registry)).build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters (tags never hold a path, location or credential, so cardinality stays low)</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th></tr>
 *   <tr><td>ghlplezi.http.requests</td><td>timer, one per attempt</td><td>api, method, outcome (2xx, 4xx, 429, 5xx, io)</td></tr>
 *   <tr><td>ghlplezi.http.retries</td><td>counter</td><td>api, reason (429, 5xx, io)</td></tr>
 *   <tr><td>ghlplezi.http.throttled</td><td>timer of budget waits</td><td>api</td></tr>
 *   <tr><td>ghlplezi.http.circuit.transitions</td><td>counter</td><td>host, to</td></tr>
 *   <tr><td>ghlplezi.http.circuit.state</td><td>gauge: 0 closed, 1 half-open, 2 open</td><td>host</td></tr>
 * </table>
 */
public final class MicrometerHttpMetrics implements HttpEventListener {

  private final MeterRegistry registry;
  private final Map<String, AtomicInteger> circuitStates = new ConcurrentHashMap<>();

  /**
   * Records into {@code registry}.
   *
   * @param registry the meter registry the timers and counters are registered with
   */
  public MicrometerHttpMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void onRequest(RequestEvent e) {
    Timer.builder("ghlplezi.http.requests")
        .tag("api", api(e.api())).tag("method", e.method()).tag("outcome", outcome(e.status()))
        .register(registry).record(e.duration());
  }

  @Override
  public void onRetry(RetryEvent e) {
    String reason = e.reason();
    if (reason != null && reason.chars().allMatch(Character::isDigit) && reason.length() == 3) {
      reason = reason.equals("429") ? "429" : reason.charAt(0) + "xx";
    } else {
      reason = "io";
    }
    Counter.builder("ghlplezi.http.retries").tag("api", api(e.api())).tag("reason", reason)
        .register(registry).increment();
  }

  @Override
  public void onThrottled(ThrottleEvent e) {
    Timer.builder("ghlplezi.http.throttled").tag("api", api(e.api())).register(registry).record(e.delay());
  }

  @Override
  public void onCircuitStateChange(CircuitEvent e) {
    Counter.builder("ghlplezi.http.circuit.transitions").tag("host", e.host())
        .tag("to", e.to().name().toLowerCase(Locale.ROOT)).register(registry).increment();
    circuitStates.computeIfAbsent(e.host(), h -> registry.gauge("ghlplezi.http.circuit.state",
            io.micrometer.core.instrument.Tags.of("host", h), new AtomicInteger()))
        .set(switch (e.to()) {
          case CLOSED -> 0;
          case HALF_OPEN -> 1;
          case OPEN -> 2;
        });
  }

  private static String api(RemoteApi api) {
    return api.name().toLowerCase(Locale.ROOT);
  }

  private static String outcome(int status) {
    if (status == 0) {
      return "io";
    }
    if (status == 429) {
      return "429";
    }
    return (status / 100) + "xx";
  }
}
