package io.github.ghlplezi.sync.alert;

import static io.github.ghlplezi.sync.alert.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.alert.AlertState.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AlertStateTest {

  private static final Duration HOUR = Duration.ofHours(1);

  private static AlertState initial() {
    return AlertState.initial("threshold:r", "loc", "", T0);
  }

  @Test
  void an_armed_state_fires_when_crossed_and_counts_the_crossing() {
    AlertState next = initial().next(true, false, OptionalDouble.of(5), T0.plusSeconds(1), Duration.ZERO);
    assertEquals(Status.FIRED, next.status());
    assertEquals(1, next.crossings());
    assertEquals(Optional.of(T0.plusSeconds(1)), next.firedAt());
    assertEquals(T0.plusSeconds(1), next.updatedAt());
    assertEquals(OptionalDouble.of(5), next.lastValue());
    assertEquals(0, next.version(), "keeps the version it was computed from");
    assertTrue(initial().firesInto(next));
    assertTrue(initial().changedInto(next));
    assertEquals("threshold:r:loc:1", next.alertKey());
  }

  @Test
  void a_fired_state_does_not_fire_again_while_crossed() {
    AlertState fired = initial().next(true, false, OptionalDouble.of(5), T0, Duration.ZERO);
    AlertState again = fired.next(true, false, OptionalDouble.of(6), T0.plusSeconds(5), Duration.ZERO);
    assertEquals(Status.FIRED, again.status());
    assertEquals(1, again.crossings());
    assertFalse(fired.firesInto(again));
    assertTrue(fired.changedInto(again), "the value changed");
    assertEquals(T0, again.updatedAt(), "only a transition moves updatedAt");
    AlertState same = fired.next(true, false, OptionalDouble.of(5), T0.plusSeconds(9), Duration.ZERO);
    assertFalse(fired.changedInto(same));
  }

  @Test
  void a_fired_state_re_arms_only_when_cleared() {
    AlertState fired = initial().next(true, false, OptionalDouble.of(5), T0, Duration.ZERO);
    AlertState notCleared = fired.next(false, false, OptionalDouble.of(4), T0.plusSeconds(1), Duration.ZERO);
    assertEquals(Status.FIRED, notCleared.status());
    AlertState rearmed = fired.next(false, true, OptionalDouble.of(1), T0.plusSeconds(2), Duration.ZERO);
    assertEquals(Status.ARMED, rearmed.status());
    assertEquals(1, rearmed.crossings());
    assertEquals(Optional.of(T0), rearmed.firedAt());
    assertEquals(T0.plusSeconds(2), rearmed.updatedAt());
    assertFalse(fired.firesInto(rearmed));
    AlertState second = rearmed.next(true, false, OptionalDouble.of(9), T0.plusSeconds(3), Duration.ZERO);
    assertEquals(2, second.crossings());
    assertEquals("threshold:r:loc:2", second.alertKey());
  }

  @Test
  void the_cooldown_holds_the_re_arming_until_it_has_passed_exactly() {
    AlertState fired = initial().next(true, false, OptionalDouble.of(5), T0, HOUR);
    assertEquals(Status.FIRED, fired.next(false, true, OptionalDouble.of(0), T0.plus(HOUR).minusMillis(1), HOUR)
        .status());
    assertEquals(Status.ARMED, fired.next(false, true, OptionalDouble.of(0), T0.plus(HOUR), HOUR).status());
    assertEquals(Status.ARMED, fired.next(false, true, OptionalDouble.of(0), T0.plus(HOUR).plusMillis(1), HOUR)
        .status());
  }

  @Test
  void an_armed_state_that_is_not_crossed_stays_armed_whatever_the_cooldown() {
    AlertState armed = initial().next(false, true, OptionalDouble.of(1), T0, HOUR);
    assertEquals(Status.ARMED, armed.status());
    assertEquals(0, armed.crossings());
    assertTrue(initial().changedInto(armed), "the first value is stored");
    assertFalse(armed.changedInto(armed.next(false, true, OptionalDouble.of(1), T0, HOUR)));
  }

  @Test
  void per_account_keys_name_the_account() {
    AlertState s = new AlertState("threshold:r", "loc", "acc", Status.FIRED, OptionalDouble.empty(), 3,
        Optional.of(T0), T0, 7);
    assertEquals("threshold:r:loc:acc:3", s.alertKey());
  }

  @Test
  void negative_counts_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> new AlertState("r", "l", "", Status.ARMED,
        OptionalDouble.empty(), -1, Optional.empty(), Instant.EPOCH, 0));
    assertThrows(IllegalArgumentException.class, () -> new AlertState("r", "l", "", Status.ARMED,
        OptionalDouble.empty(), 0, Optional.empty(), Instant.EPOCH, -1));
  }
}
