package io.github.ghlplezi.sync.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.http.GhlRateLimits;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One location's HighLevel budget driven by hand-set times: bursts that fill and free, slots kept
 * busy for one interval after the answer, the UTC day that rolls over, and the corrections the
 * X-RateLimit-* headers make.
 */
class LocationBudgetScenariosTest {

  private static final long T0 = Instant.parse("2026-11-27T10:00:00Z").toEpochMilli();
  private static final long MIDNIGHT = Instant.parse("2026-11-28T00:00:00Z").toEpochMilli();

  private static LocationBudget budget(int burst, int daily) {
    return new LocationBudget(new GhlRateLimits(burst, Duration.ofSeconds(10), daily, Duration.ofSeconds(60)));
  }

  private static RateHeaders remaining(int remaining) {
    return new RateHeaders(-1, -1, remaining, -1, -1);
  }

  private static RateHeaders daily(int limit, int remaining) {
    return new RateHeaders(-1, -1, -1, limit, remaining);
  }

  @Test
  void requests_still_in_flight_fill_the_burst_and_the_next_one_waits_a_hundredth_of_the_interval() {
    LocationBudget b = budget(3, 1000);
    for (int i = 0; i < 3; i++) {
      assertTrue(b.tryAcquire(T0).admitted(), "request " + (i + 1));
    }
    LocationBudget.Admission fourth = b.tryAcquire(T0);
    assertFalse(fourth.admitted());
    assertFalse(fourth.dailyExhausted());
    assertEquals(Duration.ofMillis(100), fourth.delay(), "nothing answered yet: poll at interval / 100");
    assertEquals(3, b.admitted());
  }

  @Test
  void an_answered_request_keeps_its_slot_busy_for_exactly_one_interval() {
    LocationBudget b = budget(1, 1000);
    assertTrue(b.tryAcquire(T0).admitted());
    b.complete(T0 + 2_000, null, false);

    LocationBudget.Admission early = b.tryAcquire(T0 + 5_000);
    assertFalse(early.admitted());
    assertEquals(Duration.ofMillis(7_000), early.delay(), "until the answer plus one interval");
    assertFalse(b.tryAcquire(T0 + 11_999).admitted());
    assertTrue(b.tryAcquire(T0 + 12_000).admitted(), "free again one interval after the answer");
  }

  @Test
  void a_request_that_failed_with_an_io_error_gives_its_in_flight_slot_back() {
    LocationBudget b = budget(2, 1000);
    for (int failure = 0; failure < 5; failure++) {
      long now = T0 + failure * 20_000L;
      assertTrue(b.tryAcquire(now).admitted(), "failure " + failure + " leaked a slot");
      b.complete(now, null, false);
    }
    assertTrue(b.tryAcquire(T0 + 200_000).admitted());
    assertTrue(b.tryAcquire(T0 + 200_000).admitted(), "both slots are free after the failures aged out");
  }

  @Test
  void the_daily_budget_refuses_until_utc_midnight_then_the_day_rolls_over() {
    LocationBudget b = budget(100, 2);
    long evening = MIDNIGHT - 60_000;
    assertTrue(b.tryAcquire(evening).admitted());
    assertTrue(b.tryAcquire(evening).admitted());

    LocationBudget.Admission refused = b.tryAcquire(evening + 1);
    assertFalse(refused.admitted());
    assertTrue(refused.dailyExhausted());
    assertEquals(Duration.ofMillis(59_999), refused.delay(), "until 00:00 UTC");
    assertTrue(b.tryAcquire(MIDNIGHT - 1).dailyExhausted());

    assertTrue(b.tryAcquire(MIDNIGHT).admitted(), "a new day, a new budget");
    assertTrue(b.tryAcquire(MIDNIGHT).admitted());
    assertTrue(b.tryAcquire(MIDNIGHT).dailyExhausted());
  }

  @Test
  void the_server_count_of_the_day_raises_the_local_one() {
    LocationBudget b = budget(100, 1000);
    assertTrue(b.tryAcquire(T0).admitted());
    // the server says 2 of 5 remain today: other processes spent 2 more than this one
    b.complete(T0, daily(5, 2), false);
    assertTrue(b.tryAcquire(T0 + 1).admitted());
    assertTrue(b.tryAcquire(T0 + 2).admitted());
    assertTrue(b.tryAcquire(T0 + 3).dailyExhausted(), "5 spent: 3 by others or earlier, 2 here");
  }

  @Test
  void a_server_that_says_no_request_is_left_today_closes_the_day() {
    LocationBudget b = budget(100, 1000);
    assertTrue(b.tryAcquire(T0).admitted());
    b.complete(T0, daily(1000, 0), false);
    assertTrue(b.tryAcquire(T0 + 1).dailyExhausted());
  }

  @Test
  void an_answer_arriving_after_midnight_counts_for_the_new_day() {
    LocationBudget b = budget(100, 1000);
    assertTrue(b.tryAcquire(MIDNIGHT - 100).admitted(), "sent on the old day");
    // answered on the new day, by a server that has nothing left for the new day
    b.complete(MIDNIGHT + 100, daily(3, 0), false);
    assertTrue(b.tryAcquire(MIDNIGHT + 200).dailyExhausted(), "the new day's count is the server's");
  }

  @Test
  void fewer_remaining_slots_on_the_server_are_held_back_for_one_interval() {
    LocationBudget b = budget(10, 1000);
    assertTrue(b.tryAcquire(T0).admitted());
    // locally 9 free (one busy), the server says 5 remain: 4 are held
    b.complete(T0, remaining(5), false);
    assertEquals(4, b.corrections());
    for (int i = 0; i < 5; i++) {
      assertTrue(b.tryAcquire(T0 + 1).admitted(), "slot " + i);
    }
    LocationBudget.Admission sixth = b.tryAcquire(T0 + 1);
    assertFalse(sixth.admitted());
    assertEquals(Duration.ofMillis(9_999), sixth.delay());
    for (int i = 0; i < 5; i++) {
      b.complete(T0 + 5_000, null, false);
    }
    assertFalse(b.tryAcquire(T0 + 9_999).admitted());
    assertTrue(b.tryAcquire(T0 + 10_000).admitted(), "the held slots and the first busy one expire together");
  }

  @Test
  void a_server_reporting_zero_remaining_holds_every_free_slot() {
    LocationBudget b = budget(4, 1000);
    assertTrue(b.tryAcquire(T0).admitted());
    b.complete(T0, remaining(0), false);
    assertEquals(3, b.corrections());
    assertFalse(b.tryAcquire(T0 + 1).admitted());
  }

  @Test
  void a_429_without_headers_is_read_as_nothing_remaining() {
    LocationBudget b = budget(4, 1000);
    assertTrue(b.tryAcquire(T0).admitted());
    b.complete(T0, null, true);
    assertEquals(3, b.corrections());
    assertFalse(b.tryAcquire(T0 + 1).admitted());
    assertTrue(b.tryAcquire(T0 + 10_000).admitted());
  }

  @Test
  void a_server_with_more_room_than_the_local_count_holds_nothing() {
    LocationBudget b = budget(4, 1000);
    assertTrue(b.tryAcquire(T0).admitted());
    b.complete(T0, remaining(3), false);
    assertEquals(0, b.corrections());
    for (int i = 0; i < 3; i++) {
      assertTrue(b.tryAcquire(T0 + 1).admitted());
    }
    assertFalse(b.tryAcquire(T0 + 1).admitted());
  }

  @Test
  void headers_resize_the_burst_and_the_interval() {
    LocationBudget b = budget(2, 1000);
    assertTrue(b.tryAcquire(T0).admitted());
    b.complete(T0, new RateHeaders(5, 2_000, -1, -1, -1), false);
    assertEquals(5, b.burstMax());
    for (int i = 0; i < 4; i++) {
      assertTrue(b.tryAcquire(T0 + 1).admitted());
    }
    assertFalse(b.tryAcquire(T0 + 1).admitted());
    for (int i = 0; i < 4; i++) {
      b.complete(T0 + 1, null, false);
    }
    assertTrue(b.tryAcquire(T0 + 2_001).admitted(), "busy for the new 2 s interval, not 10 s");
  }

  @Test
  void zero_values_in_a_header_record_do_not_shrink_the_budget_to_nothing() {
    LocationBudget b = budget(2, 3);
    assertTrue(b.tryAcquire(T0).admitted());
    b.complete(T0, new RateHeaders(0, 0, -1, 0, -1), false);
    assertEquals(2, b.burstMax());
    assertTrue(b.tryAcquire(T0 + 1).admitted(), "the burst is still 2");
    b.complete(T0 + 1, null, false);
    assertFalse(b.tryAcquire(T0 + 9_999).admitted(), "the interval is still 10 s");
    assertTrue(b.tryAcquire(T0 + 10_000).admitted());
    assertTrue(b.tryAcquire(T0 + 10_001).dailyExhausted(), "the day is still 3");
  }

  @Test
  void a_budget_with_no_answer_yet_admits_nothing_and_counts_nothing() {
    LocationBudget b = budget(1, 1);
    assertEquals(0, b.admitted());
    assertEquals(0, b.corrections());
    assertNull(b.tryAcquire(T0).delay());
  }
}
