package io.github.ghlplezi.connector.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * When the jobs run. Each runs once per period across every replica sharing the database.
 *
 * @param timeZone the zone cron expressions are read in
 * @param tagSync the tag sync
 * @param retention the retention job
 * @param statistics the statistics snapshot
 * @param digest when the digest job looks for due digests (each recipient's own day and hour decide)
 */
public record SchedulesConfig(
    @ConfigDoc(value = "Time zone of cron expressions (IANA id)", defaultValue = "UTC")
    @NotNull @TimeZoneId String timeZone,
    @ConfigDoc(value = "Tag sync schedule", defaultValue = "every: PT15M")
    @NotNull @Valid ScheduleConfig tagSync,
    @ConfigDoc(value = "Retention job schedule (deletes events older than `engine.retention`)", defaultValue = "cron: 0 30 3 * * *")
    @NotNull @Valid ScheduleConfig retention,
    @ConfigDoc(value = "Statistics snapshot schedule (reads each synced location's statistics window)",
        defaultValue = "cron: 0 0 2 * * *")
    @NotNull @Valid ScheduleConfig statistics,
    @ConfigDoc(value = "When the digest job looks for due digests (`digest.day` and `digest.hour` in each recipient's"
        + " time zone decide what is due)", defaultValue = "cron: 0 5 * * * *")
    @NotNull @Valid ScheduleConfig digest) {

  /** Fills defaults. */
  public SchedulesConfig {
    timeZone = timeZone == null ? "UTC" : timeZone;
    tagSync = tagSync == null ? new ScheduleConfig(null, java.time.Duration.ofMinutes(15)) : tagSync;
    retention = retention == null ? new ScheduleConfig("0 30 3 * * *", null) : retention;
    statistics = statistics == null ? new ScheduleConfig("0 0 2 * * *", null) : statistics;
    digest = digest == null ? new ScheduleConfig("0 5 * * * *", null) : digest;
  }

  static SchedulesConfig defaults() {
    return new SchedulesConfig(null, null, null, null, null);
  }
}
