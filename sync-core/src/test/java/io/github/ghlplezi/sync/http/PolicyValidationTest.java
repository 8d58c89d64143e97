package io.github.ghlplezi.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PolicyValidationTest {

  @Test
  void documented_defaults_hold() {
    RetryPolicy p = RetryPolicy.defaults();
    assertEquals(8, p.maxAttempts());
    assertEquals(Duration.ofMillis(200), p.baseDelay());
    assertEquals(Duration.ofSeconds(30), p.maxDelay());
    assertEquals(Duration.ofMinutes(2), p.deadline());
    assertEquals(100, GhlRateLimits.defaults().burstMax());
    assertEquals(Duration.ofSeconds(10), GhlRateLimits.defaults().burstInterval());
    assertEquals(200_000, GhlRateLimits.defaults().dailyMax());
    assertEquals(Duration.ofSeconds(10), Timeouts.defaults().connect());
  }

  @Test
  void rejects_invalid_values_naming_the_field() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().withMaxAttempts(0))
        .getMessage().contains("maxAttempts"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.defaults().withMaxDelay(Duration.ofMillis(10))).getMessage().contains("maxDelay"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.defaults().withDeadline(Duration.ZERO)).getMessage().contains("deadline"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> GhlRateLimits.defaults().withBurst(0, Duration.ofSeconds(10))).getMessage().contains("burstMax"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> PleziRateLimits.defaults().withAimd(0.1, 1.5)).getMessage().contains("decreaseFactor"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> CircuitBreakerPolicy.defaults().withWindow(10, 11, 0.5)).getMessage().contains("minimumCalls"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Timeouts.defaults().withRead(Duration.ofSeconds(-1))).getMessage().contains("read"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ResilientHttp.ghl().timeouts(Timeouts.defaults().withCall(Duration.ofSeconds(5))).build())
        .getMessage().contains("timeouts.call"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ResilientHttp.plezi().ghlRateLimits(GhlRateLimits.defaults())).getMessage().contains("ghlRateLimits"));
  }

  @Test
  void backoff_ceiling_doubles_up_to_max_delay() {
    RetryPolicy p = RetryPolicy.defaults().withBaseDelay(Duration.ofMillis(100)).withMaxDelay(Duration.ofSeconds(1));
    assertEquals(Duration.ofMillis(100), p.backoffCeiling(1));
    assertEquals(Duration.ofMillis(200), p.backoffCeiling(2));
    assertEquals(Duration.ofMillis(800), p.backoffCeiling(4));
    assertEquals(Duration.ofSeconds(1), p.backoffCeiling(5));
    assertEquals(Duration.ofSeconds(1), p.backoffCeiling(500));
  }

  @Test
  void full_jitter_spreads_waits_from_the_minimum_delay_to_the_ceiling() {
    RetryPolicy p = RetryPolicy.defaults().withBaseDelay(Duration.ofMillis(1000)).withMaxDelay(Duration.ofSeconds(1));
    SplittableRandom random = new SplittableRandom(7);
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int i = 0; i < 2000; i++) {
      long ms = p.backoff(1, random).toMillis();
      assertTrue(ms >= 100 && ms <= 1000, "out of range: " + ms);
      min = Math.min(min, ms);
      max = Math.max(max, ms);
    }
    assertTrue(min == 100 && max > 950, "jitter should cover [minDelay, ceiling]: " + min + ".." + max);
  }

  @Test
  void retry_policy_refuses_a_minimum_delay_above_the_base_and_negative_429_retries() {
    RetryPolicy p = RetryPolicy.defaults();
    assertThrows(IllegalArgumentException.class, () -> p.withMinDelay(Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> p.withMinDelay(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> p.withMax429Retries(-1));
    assertThrows(IllegalArgumentException.class, () -> p.withMaxRetryAfter(Duration.ZERO));
  }
}
