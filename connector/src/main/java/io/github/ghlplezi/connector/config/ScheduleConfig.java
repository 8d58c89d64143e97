package io.github.ghlplezi.connector.config;

import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;

/**
 * A cron expression or a fixed interval (exactly one).
 *
 * @param cron a six-field cron expression (seconds first), read in {@code schedules.timeZone}
 * @param every an ISO-8601 interval such as {@code PT15M}
 */
public record ScheduleConfig(
    @ConfigDoc("Six-field cron expression, seconds first (`0 */15 * * * *`)")
    @CronExpression String cron,
    @ConfigDoc("Fixed interval, ISO-8601 (`PT15M`), at least 1 second")
    Duration every) {

  /** @return whether exactly one of cron and every is set, and every is positive */
  @AssertTrue(message = "set exactly one of `cron` or `every` (at least PT1S)")
  public boolean isExactlyOne() {
    return (cron == null) != (every == null) && (every == null || every.compareTo(Duration.ofSeconds(1)) >= 0);
  }
}
