package io.github.ghlplezi.sync.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.ghlplezi.sync.http.CircuitBreakerPolicy;
import io.github.ghlplezi.sync.http.CircuitState;
import io.github.ghlplezi.sync.http.HttpEventListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The breaker's arithmetic with partial failure rates: the threshold is reached, missed by one
 * failure, or passed; old outcomes leave the window as new ones arrive.
 */
class CircuitBreakerWindowTest {

  private static final long T0 = 1_000_000L;
  private final List<CircuitState> transitions = new ArrayList<>();
  private final HttpEventListener listener = new HttpEventListener() {
    @Override
    public void onCircuitStateChange(CircuitEvent event) {
      transitions.add(event.to());
    }
  };

  private CircuitBreaker breaker(int window, int minimumCalls, double threshold) {
    CircuitBreakerPolicy policy = CircuitBreakerPolicy.defaults().withWindow(window, minimumCalls, threshold)
        .withOpenDuration(Duration.ofSeconds(30)).withHalfOpenProbes(2);
    return new CircuitBreaker("api.example:443", policy, listener);
  }

  /** Sends one request per letter (F failed, S succeeded) through the breaker, all at {@code T0}. */
  private static void outcomes(CircuitBreaker breaker, String pattern) {
    for (char c : pattern.toCharArray()) {
      assertNull(breaker.tryAcquire(T0), "the breaker refused a request while closed");
      breaker.record(c == 'F', T0);
    }
  }

  @Test
  void five_failures_in_ten_calls_open_a_breaker_set_to_fifty_percent() {
    CircuitBreaker breaker = breaker(10, 10, 0.5);
    outcomes(breaker, "SFSFSFSFSF");
    assertEquals(CircuitState.OPEN, breaker.state(T0));
    assertEquals(List.of(CircuitState.OPEN), transitions);
  }

  @Test
  void four_failures_in_ten_calls_keep_a_fifty_percent_breaker_closed() {
    CircuitBreaker breaker = breaker(10, 10, 0.5);
    outcomes(breaker, "FFFFSSSSSS");
    assertEquals(CircuitState.CLOSED, breaker.state(T0));
    assertEquals(List.of(), transitions);
  }

  @Test
  void six_failures_in_ten_calls_open_a_fifty_percent_breaker() {
    CircuitBreaker breaker = breaker(10, 10, 0.5);
    outcomes(breaker, "SSSSFFFFFF");
    assertEquals(CircuitState.OPEN, breaker.state(T0));
  }

  @Test
  void a_low_threshold_opens_on_the_first_failure_past_it_and_not_before() {
    CircuitBreaker breaker = breaker(10, 10, 0.2);
    outcomes(breaker, "FSSSSSSSSS");
    assertEquals(CircuitState.CLOSED, breaker.state(T0), "1 failure in 10 is below 20 %");
    CircuitBreaker second = breaker(10, 10, 0.2);
    outcomes(second, "FSSSSSSSSF");
    assertEquals(CircuitState.OPEN, second.state(T0), "2 failures in 10 reach 20 %");
  }

  @Test
  void nothing_opens_before_the_minimum_number_of_calls_even_at_full_failure() {
    CircuitBreaker breaker = breaker(10, 5, 0.5);
    outcomes(breaker, "FFFF");
    assertEquals(CircuitState.CLOSED, breaker.state(T0));
    outcomes(breaker, "F");
    assertEquals(CircuitState.OPEN, breaker.state(T0));
  }

  @Test
  void an_old_failure_slides_out_of_the_window_and_stops_counting() {
    CircuitBreaker breaker = breaker(4, 4, 0.5);
    // F S S S: 1 of 4. Then S pushes the F out (0 of 4), F brings it to 1 of 4: still closed.
    outcomes(breaker, "FSSSSF");
    assertEquals(CircuitState.CLOSED, breaker.state(T0));
    // The window is now S S S F; one more failure makes S S F F: 2 of 4 reaches 50 %.
    outcomes(breaker, "F");
    assertEquals(CircuitState.OPEN, breaker.state(T0));
  }

  @Test
  void old_successes_slide_out_too_so_a_full_window_judges_only_the_recent_calls() {
    CircuitBreaker breaker = breaker(4, 4, 0.5);
    outcomes(breaker, "SSSSSS");
    outcomes(breaker, "F");
    assertEquals(CircuitState.CLOSED, breaker.state(T0), "S S S F is 25 %");
    outcomes(breaker, "F");
    assertEquals(CircuitState.OPEN, breaker.state(T0), "S S F F is 50 %");
  }

  @Test
  void the_window_wraps_around_many_times_without_losing_count() {
    CircuitBreaker breaker = breaker(3, 3, 0.6);
    // 1 failure in every 3 calls stays at 33 %, however long it runs
    outcomes(breaker, "FSS".repeat(20));
    assertEquals(CircuitState.CLOSED, breaker.state(T0));
    outcomes(breaker, "F");
    assertEquals(CircuitState.CLOSED, breaker.state(T0), "S S F is 33 %");
    outcomes(breaker, "F");
    assertEquals(CircuitState.OPEN, breaker.state(T0), "S F F is 67 %");
  }

  @Test
  void an_open_breaker_says_how_long_it_stays_open_then_lets_the_configured_probes_through() {
    CircuitBreaker breaker = breaker(2, 2, 0.5);
    outcomes(breaker, "FF");
    assertEquals(Duration.ofSeconds(20), breaker.tryAcquire(T0 + 10_000));
    assertEquals(Duration.ofMillis(1), breaker.tryAcquire(T0 + 29_999));

    assertNull(breaker.tryAcquire(T0 + 30_000), "first probe");
    assertEquals(CircuitState.HALF_OPEN, breaker.state(T0 + 30_000));
    assertNull(breaker.tryAcquire(T0 + 30_000), "second probe");
    // a third caller waits a twentieth of the open time for the probes to report
    assertEquals(Duration.ofMillis(1_500), breaker.tryAcquire(T0 + 30_000));

    breaker.record(false, T0 + 30_100);
    assertEquals(CircuitState.HALF_OPEN, breaker.state(T0 + 30_100), "one good probe of two is not enough");
    breaker.record(false, T0 + 30_200);
    assertEquals(CircuitState.CLOSED, breaker.state(T0 + 30_200));
    assertEquals(List.of(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED), transitions);

    // closing starts a fresh window: the two old failures are forgotten
    outcomes(breaker, "S");
    outcomes(breaker, "F");
    assertEquals(CircuitState.OPEN, breaker.state(T0 + 30_200), "S F reaches 50 %");
  }

  @Test
  void a_failed_probe_reopens_for_a_full_open_duration_from_the_probe() {
    CircuitBreaker breaker = breaker(2, 2, 0.5);
    outcomes(breaker, "FF");
    assertNull(breaker.tryAcquire(T0 + 30_000));
    breaker.record(true, T0 + 31_000);
    assertEquals(CircuitState.OPEN, breaker.state(T0 + 31_000));
    assertEquals(Duration.ofSeconds(30), breaker.tryAcquire(T0 + 31_000));
  }

  @Test
  void a_probe_that_ends_without_an_answer_gives_its_permission_back() {
    CircuitBreaker breaker = breaker(2, 2, 0.5);
    outcomes(breaker, "FF");
    assertNull(breaker.tryAcquire(T0 + 30_000));
    assertNull(breaker.tryAcquire(T0 + 30_000));
    breaker.release();
    assertNull(breaker.tryAcquire(T0 + 30_000), "the released probe permission is available again");
  }

  @Test
  void a_short_open_duration_still_makes_extra_callers_wait_at_least_fifty_milliseconds() {
    CircuitBreakerPolicy policy = CircuitBreakerPolicy.defaults().withWindow(1, 1, 1.0)
        .withOpenDuration(Duration.ofMillis(100)).withHalfOpenProbes(1);
    CircuitBreaker breaker = new CircuitBreaker("h:1", policy, listener);
    assertNull(breaker.tryAcquire(T0));
    breaker.record(true, T0);
    assertNull(breaker.tryAcquire(T0 + 100));
    assertEquals(Duration.ofMillis(50), breaker.tryAcquire(T0 + 100));
  }

  @Test
  void a_probe_released_twice_frees_one_permission_not_two() {
    CircuitBreaker breaker = breaker(2, 2, 0.5);
    outcomes(breaker, "FF");
    assertNull(breaker.tryAcquire(T0 + 30_000));
    breaker.release();
    breaker.release(); // a late second release of the same probe must not mint an extra one
    assertNull(breaker.tryAcquire(T0 + 30_000));
    assertNull(breaker.tryAcquire(T0 + 30_000));
    assertEquals(Duration.ofMillis(1_500), breaker.tryAcquire(T0 + 30_000), "two probes at most: open duration / 20");
  }
}
