package io.github.ghlplezi.notify.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Test
  void the_week_that_ended_is_due_from_the_send_time_in_the_recipients_zone() {
    DigestSchedule monday8 = DigestSchedule.mondayMorning();
    // Monday 23 Nov 2026, 08:00 in Paris is 07:00 UTC.
    assertEquals(Optional.empty(), monday8.dueWeek(Instant.parse("2026-11-23T06:59:59Z"), PARIS));
    assertEquals(Optional.of(DigestWeek.parse("2026-W47")), monday8.dueWeek(Instant.parse("2026-11-23T07:00:00Z"), PARIS));
    assertEquals(Optional.of(DigestWeek.parse("2026-W47")), monday8.dueWeek(Instant.parse("2026-11-29T22:59:00Z"), PARIS),
        "still due until the week ends, for a process that was down on Monday");
    assertEquals(Optional.empty(), monday8.dueWeek(Instant.parse("2026-11-29T23:00:00Z"), PARIS),
        "Monday 00:00 in Paris: a new week, before its send time");
    DigestSchedule friday17 = new DigestSchedule(DayOfWeek.FRIDAY, 17);
    assertEquals(Optional.empty(), friday17.dueWeek(Instant.parse("2026-11-27T15:59:00Z"), PARIS));
    assertEquals(Optional.of(DigestWeek.parse("2026-W47")), friday17.dueWeek(Instant.parse("2026-11-27T16:00:00Z"), PARIS));
  }

  @Test
  void iso_weeks_cross_years_and_round_trip() {
    assertEquals(DigestWeek.parse("2026-W53"), DigestWeek.of(LocalDate.of(2027, 1, 1)));
    assertEquals(LocalDate.of(2026, 12, 28), DigestWeek.parse("2026-W53").monday());
    assertEquals(DigestWeek.parse("2027-W01"), DigestWeek.parse("2026-W53").next());
    assertEquals(DigestWeek.parse("2025-W52"), DigestWeek.parse("2026-W01").previous());
    assertEquals("2026-W05", DigestWeek.of(LocalDate.of(2026, 1, 26)).toString());
    assertThrows(IllegalArgumentException.class, () -> DigestWeek.parse("2025-W53"));
    assertThrows(IllegalArgumentException.class, () -> DigestWeek.parse("2025-48"));
  }
}
