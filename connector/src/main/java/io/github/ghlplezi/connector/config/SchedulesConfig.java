package io.github.ghlplezi.connector.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * When the jobs run. Each runs once per period across every replica sharing the database.
 *
 * @param timeZone the zone cron expressions are read in
 * @param tagSync the tag sync
 * @param retention the retention job
 * @param statistics the statistics snapshot (not yet active)
 * @param digest the digest (not yet active)
 */
public record SchedulesConfig(
    @ConfigDoc(value = "Time zone of cron expressions (IANA id)", defaultValue = "UTC")
    @NotNull @TimeZoneId String timeZone,
    @ConfigDoc(value = "Tag sync schedule", defaultValue = "every: PT15M")
    @NotNull @Valid ScheduleConfig tagSync,
    @ConfigDoc(value = "Retention job schedule (deletes events older than `engine.retention`)", defaultValue = "cron: 0 30 3 * * *")
    @NotNull @Valid ScheduleConfig retention,
    @ConfigDoc(value = "Statistics snapshot schedule", notYetActive = true)
    @Valid ScheduleConfig statistics,
    @ConfigDoc(value = "Digest schedule", notYetActive = true)
    @Valid ScheduleConfig digest) {

  /** Fills defaults. */
  public SchedulesConfig {
    timeZone = timeZone == null ? "UTC" : timeZone;
    tagSync = tagSync == null ? new ScheduleConfig(null, java.time.Duration.ofMinutes(15)) : tagSync;
    retention = retention == null ? new ScheduleConfig("0 30 3 * * *", null) : retention;
  }

  static SchedulesConfig defaults() {
    return new SchedulesConfig(null, null, null, null, null);
  }
}
