package io.github.ghlplezi.sync.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every policy accepts the edge of its documented range and refuses one step past it, naming the field. */
class PolicyBoundariesTest {

  private static void refused(String field, Supplier<?> build) {
    RuntimeException e = assertThrows(RuntimeException.class, build::get);
    assertTrue(e instanceof IllegalArgumentException || e instanceof NullPointerException, e.toString());
    assertTrue(e.getMessage().contains(field), field + " not named in: " + e.getMessage());
  }

  @Test
  void a_short_base_delay_pulls_the_default_minimum_delay_down_with_it() {
    assertEquals(Duration.ofMillis(50), new RetryPolicy(3, Duration.ofMillis(50), Duration.ofSeconds(1),
        Duration.ofSeconds(10)).minDelay());
    assertEquals(Duration.ofMillis(100), new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1),
        Duration.ofSeconds(10)).minDelay());
    assertEquals(Duration.ofMillis(100), new RetryPolicy(3, Duration.ofMillis(300), Duration.ofSeconds(1),
        Duration.ofSeconds(10)).minDelay());
    assertEquals(Duration.ofMillis(50), RetryPolicy.defaults().withBaseDelay(Duration.ofMillis(50)).minDelay());
    assertEquals(Duration.ofMillis(100), RetryPolicy.defaults().withBaseDelay(Duration.ofMillis(300)).minDelay());
  }

  @Test
  void retry_policy_names_each_missing_or_non_positive_duration() {
    refused("baseDelay", () -> new RetryPolicy(3, null, Duration.ofSeconds(1), Duration.ofSeconds(10)));
    refused("baseDelay must be positive", () -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1),
        Duration.ofSeconds(10)));
    refused("maxDelay must be positive", () -> RetryPolicy.defaults().withMaxDelay(Duration.ofMillis(-1)));
    refused("maxDelay", () -> RetryPolicy.defaults().withMaxDelay(null));
    refused("retry must be >= 1", () -> RetryPolicy.defaults().backoffCeiling(0));
  }

  @Test
  void every_copy_changes_its_own_field_only() {
    RetryPolicy p = RetryPolicy.defaults();
    assertEquals(Duration.ofMillis(50), p.withMinDelay(Duration.ofMillis(50)).minDelay());
    assertEquals(2, p.withMax429Retries(2).max429Retries());
    assertEquals(0, p.withMax429Retries(0).max429Retries(), "zero retries after a 429 is allowed");
    assertEquals(Duration.ofSeconds(5), p.withMaxRetryAfter(Duration.ofSeconds(5)).maxRetryAfter());
    assertEquals(p.maxAttempts(), p.withMaxRetryAfter(Duration.ofSeconds(5)).maxAttempts());
    assertEquals(1, p.withMaxAttempts(1).maxAttempts(), "a single attempt is allowed");
    assertEquals(Duration.ofSeconds(3), Timeouts.defaults().withConnect(Duration.ofSeconds(3)).connect());
    assertEquals(Duration.ofSeconds(4), Timeouts.defaults().withWrite(Duration.ofSeconds(4)).write());
    assertEquals(Duration.ofSeconds(5), PleziRateLimits.defaults().withMaxWait(Duration.ofSeconds(5)).maxWait());
  }

  @Test
  void the_highest_jitter_draw_reaches_the_ceiling_itself() {
    RetryPolicy p = RetryPolicy.defaults().withBaseDelay(Duration.ofSeconds(1)).withMaxDelay(Duration.ofSeconds(8));
    assertEquals(Duration.ofSeconds(1), p.backoff(1, HighestDraw.INSTANCE));
    assertEquals(Duration.ofSeconds(4), p.backoff(3, HighestDraw.INSTANCE));
  }

  @Test
  void a_ceiling_at_the_edge_of_a_long_is_computed_not_saturated() {
    Duration base = Duration.ofMillis(Long.MAX_VALUE >> 1);
    RetryPolicy p = new RetryPolicy(2, base, Duration.ofMillis(Long.MAX_VALUE), Duration.ofSeconds(1),
        Duration.ofMillis(1), 0, Duration.ofMillis(1));
    assertEquals(Duration.ofMillis(Long.MAX_VALUE - 1), p.backoffCeiling(2), "base << 1 still fits in a long");
    assertEquals(Duration.ofMillis(Long.MAX_VALUE), p.backoffCeiling(3), "base << 2 saturates");
  }

  @Test
  void plezi_pacing_accepts_the_edges_of_its_ranges_and_refuses_what_lies_past_them() {
    assertDoesNotThrow(() -> new PleziRateLimits(2, 2, 2, 0, 0.5, Duration.ofMillis(1)));
    assertDoesNotThrow(() -> new PleziRateLimits(1, 1, 5, 0.1, 0.5, Duration.ofSeconds(1)));
    assertDoesNotThrow(() -> new PleziRateLimits(5, 1, 5, 0.1, 0.5, Duration.ofSeconds(1)));
    refused("minPerSecond", () -> new PleziRateLimits(1, 0, 5, 0.1, 0.5, Duration.ofSeconds(1)));
    refused("maxPerSecond", () -> new PleziRateLimits(1, 1, 0.9, 0.1, 0.5, Duration.ofSeconds(1)));
    refused("initialPerSecond", () -> new PleziRateLimits(0.9, 1, 5, 0.1, 0.5, Duration.ofSeconds(1)));
    refused("initialPerSecond", () -> new PleziRateLimits(5.1, 1, 5, 0.1, 0.5, Duration.ofSeconds(1)));
    refused("increasePerSecond", () -> new PleziRateLimits(1, 1, 5, -0.1, 0.5, Duration.ofSeconds(1)));
    refused("decreaseFactor", () -> new PleziRateLimits(1, 1, 5, 0.1, 0, Duration.ofSeconds(1)));
    refused("decreaseFactor", () -> new PleziRateLimits(1, 1, 5, 0.1, 1, Duration.ofSeconds(1)));
    refused("maxWait", () -> new PleziRateLimits(1, 1, 5, 0.1, 0.5, Duration.ZERO));
  }

  @Test
  void a_fixed_plezi_pace_never_grows_and_slows_down_to_half_a_request_per_second() {
    assertEquals(new PleziRateLimits(2, 0.5, 2, 0, 0.5, PleziRateLimits.DEFAULT.maxWait()), PleziRateLimits.fixed(2));
    assertEquals(0.2, PleziRateLimits.fixed(0.2).minPerSecond());
  }

  @Test
  void highlevel_limits_accept_one_request_a_day_and_refuse_zero() {
    assertEquals(1, GhlRateLimits.defaults().withDailyMax(1).dailyMax());
    assertEquals(1, GhlRateLimits.defaults().withBurst(1, Duration.ofMillis(1)).burstMax());
    refused("dailyMax", () -> GhlRateLimits.defaults().withDailyMax(0));
    refused("burstInterval", () -> GhlRateLimits.defaults().withBurst(5, Duration.ZERO));
    refused("maxWait", () -> GhlRateLimits.defaults().withMaxWait(Duration.ZERO));
  }

  @Test
  void a_breaker_may_open_only_at_a_hundred_percent_failures_but_needs_an_open_duration() {
    assertEquals(1.0, CircuitBreakerPolicy.defaults().withWindow(4, 4, 1.0).failureRateThreshold());
    refused("failureRateThreshold", () -> CircuitBreakerPolicy.defaults().withWindow(4, 4, 1.01));
    refused("failureRateThreshold", () -> CircuitBreakerPolicy.defaults().withWindow(4, 4, 0));
    refused("openDuration", () -> CircuitBreakerPolicy.defaults().withOpenDuration(Duration.ZERO));
    refused("halfOpenProbes", () -> CircuitBreakerPolicy.defaults().withHalfOpenProbes(0));
    refused("windowSize", () -> CircuitBreakerPolicy.defaults().withWindow(0, 1, 0.5));
  }

  @Test
  void timeouts_name_each_non_positive_value() {
    refused("connect", () -> Timeouts.defaults().withConnect(Duration.ZERO));
    refused("write", () -> Timeouts.defaults().withWrite(Duration.ZERO));
    refused("call", () -> Timeouts.defaults().withCall(Duration.ofSeconds(-1)));
    assertEquals(Duration.ZERO, Timeouts.defaults().withCall(Duration.ZERO).call(), "zero: no whole-call limit");
  }

  @Test
  void the_builder_accepts_a_call_limit_equal_to_the_retry_deadline_and_a_one_byte_body_limit() {
    assertNotNull(ResilientHttp.ghl().timeouts(Timeouts.defaults().withCall(RetryPolicy.defaults().deadline()))
        .build());
    assertNotNull(ResilientHttp.ghl().maxResponseBytes(1).build());
    refused("maxResponseBytes", () -> ResilientHttp.ghl().maxResponseBytes(0));
    refused("pleziRateLimits", () -> ResilientHttp.ghl().pleziRateLimits(PleziRateLimits.defaults()));
  }

  @Test
  void the_system_sleeper_ignores_non_positive_waits_and_sleeps_for_positive_ones() {
    Sleeper system = Sleeper.system();
    assertNotNull(system);
    assertDoesNotThrow(() -> system.sleep(Duration.ofMillis(-5)));
    Thread.currentThread().interrupt();
    try {
      // an interrupted thread's sleep ends at once with an exception, so no time passes here
      assertDoesNotThrow(() -> system.sleep(Duration.ZERO), "a zero wait does not sleep at all");
      assertThrows(InterruptedException.class, () -> system.sleep(Duration.ofSeconds(30)));
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void a_circuit_open_failure_names_the_host_and_the_wait() {
    CircuitOpenException e = new CircuitOpenException("api.example:443", Duration.ofSeconds(7));
    assertEquals("api.example:443", e.host());
    assertEquals(Duration.ofSeconds(7), e.retryIn());
  }
}
