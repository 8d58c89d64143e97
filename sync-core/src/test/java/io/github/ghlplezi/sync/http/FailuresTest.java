package io.github.ghlplezi.sync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ghlplezi.http.FailureKind;
import io.github.ghlplezi.http.Failures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The resilient stack's own refusals answer the one rule of http-core (its table is tested there). */
class FailuresTest {

  @Test
  void a_spent_rate_budget_is_rate_limited_even_when_wrapped() {
    RateBudgetExceededException e = new RateBudgetExceededException("loc", Duration.ofSeconds(1), "test");
    assertEquals(FailureKind.RATE_LIMITED, Failures.classify(e));
    assertEquals(FailureKind.RATE_LIMITED, Failures.classify(new RuntimeException("call failed", e)));
  }

  @Test
  void an_open_circuit_is_transient() {
    assertEquals(FailureKind.TRANSIENT,
        Failures.classify(new CircuitOpenException("services.example", Duration.ofSeconds(5))));
  }
}
