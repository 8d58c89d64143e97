package io.github.ghlplezi.connector.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.github.ghlplezi.connector.config.ScheduleConfig;
import io.github.ghlplezi.connector.internal.SqlScripts;
import io.github.ghlplezi.connector.config.SchedulesConfig;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The connector's recurring jobs on db-scheduler: each runs once per period across every replica
 * sharing the database, and a replica that dies has its picked execution taken over by another after
 * the heartbeat timeout ({@code heartbeat x missed limit}). Statistics and digest jobs join here when
 * they exist ({@link #STATISTICS}, {@link #DIGEST} are reserved names).
 */
public final class Jobs {

  /** The tag sync. */
  public static final String TAG_SYNC = "ghlplezi-tag-sync";
  /** The retention job. */
  public static final String RETENTION = "ghlplezi-retention";
  /** Reserved for the statistics snapshot. */
  public static final String STATISTICS = "ghlplezi-statistics";
  /** Reserved for the digest. */
  public static final String DIGEST = "ghlplezi-digest";

  private Jobs() {
  }

  /**
   * Creates db-scheduler's table when missing (its own DDL, applied by us); safe to run again.
   *
   * @param dataSource the database
   * @param postgres {@code true} for PostgreSQL, {@code false} for H2
   */
  public static void createSchemaIfMissing(DataSource dataSource, boolean postgres) {
    SqlScripts.apply(dataSource, Jobs.class, postgres ? "postgresql.sql" : "h2.sql");
  }

  /**
   * @param config the schedule
   * @param zone the zone of cron expressions
   * @return db-scheduler's schedule
   */
  static Schedule schedule(ScheduleConfig config, ZoneId zone) {
    return config.cron() != null ? Schedules.cron(config.cron(), zone) : Schedules.fixedDelay(config.every());
  }

  /**
   * Builds (does not start) the scheduler.
   *
   * @param dataSource the shared database
   * @param schedules when the jobs run
   * @param tagSync runs one tag sync
   * @param retention applies retention
   * @param heartbeat heartbeat interval (a dead replica's work is taken over after 4 missed beats)
   * @param replicaName this replica's name in {@code picked_by}
   * @return the scheduler
   */
  public static Scheduler scheduler(DataSource dataSource, SchedulesConfig schedules, Runnable tagSync,
      Runnable retention, Duration heartbeat, String replicaName) {
    ZoneId zone = ZoneId.of(schedules.timeZone());
    List<RecurringTask<Void>> tasks = new ArrayList<>();
    tasks.add(Tasks.recurring(TAG_SYNC, schedule(schedules.tagSync(), zone)).execute((instance, ctx) -> tagSync.run()));
    tasks.add(Tasks.recurring(RETENTION, schedule(schedules.retention(), zone))
        .execute((instance, ctx) -> retention.run()));
    return Scheduler.create(dataSource)
        .startTasks(tasks)
        .threads(2)
        .pollingInterval(minimum(heartbeat.dividedBy(2)))
        .heartbeatInterval(heartbeat)
        .missedHeartbeatsLimit(4)
        .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(replicaName))
        .shutdownMaxWait(Duration.ofSeconds(5))
        .build();
  }

  private static Duration minimum(Duration d) {
    return d.compareTo(Duration.ofMillis(200)) < 0 ? Duration.ofMillis(200) : d;
  }
}
