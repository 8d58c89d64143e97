package io.github.ghlplezi.connector.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.github.ghlplezi.connector.config.ScheduleConfig;
import io.github.ghlplezi.connector.config.SchedulesConfig;
import io.github.ghlplezi.connector.internal.SqlScripts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connector's recurring jobs on db-scheduler: each runs once per period across every replica
 * sharing the database, and a replica that dies has its picked execution taken over by another after
 * the heartbeat timeout ({@code heartbeat x missed limit}). Every execution is recorded
 * ({@code ghlplezi_job_run}) for the {@code status} command.
 */
public final class Jobs {

  /** The tag sync. */
  public static final String TAG_SYNC = "ghlplezi-tag-sync";
  /** The statistics snapshot (reads every synced location's statistics window into the history). */
  public static final String STATISTICS = "ghlplezi-statistics";
  /** The retention job. */
  public static final String RETENTION = "ghlplezi-retention";
  /**
   * The digest, on {@code schedules.digest}: registered when {@link Actions#digest()} is given (the
   * digest service of the notify module supplies it).
   */
  public static final String DIGEST = "ghlplezi-digest";

  private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
  private static final int MAX_DETAIL = 1024;

  private Jobs() {
  }

  /**
   * What each job does; each returns a one-line summary for the job log.
   *
   * @param tagSync one tag sync of every synced location
   * @param statistics one statistics snapshot of every synced location
   * @param retention deletes what is older than the retention
   * @param digest sends the digest; {@code null} until a digest service exists (then the job runs on
   *     {@code schedules.digest})
   */
  public record Actions(Supplier<String> tagSync, Supplier<String> statistics, Supplier<String> retention,
      Supplier<String> digest) {
  }

  /**
   * Creates db-scheduler's table and the job log when missing (our own DDL); safe to run again.
   *
   * @param dataSource the database
   * @param postgres {@code true} for PostgreSQL, {@code false} for H2
   */
  public static void createSchemaIfMissing(DataSource dataSource, boolean postgres) {
    SqlScripts.apply(dataSource, Jobs.class, postgres ? "postgresql.sql" : "h2.sql");
    SqlScripts.apply(dataSource, Jobs.class, "job-runs.sql");
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
   * @param actions what the jobs do
   * @param heartbeat heartbeat interval (a dead replica's work is taken over after 4 missed beats)
   * @param replicaName this replica's name in {@code picked_by} and in the job log
   * @param clock stamps the job log
   * @return the scheduler
   */
  public static Scheduler scheduler(DataSource dataSource, SchedulesConfig schedules, Actions actions,
      Duration heartbeat, String replicaName, Clock clock) {
    ZoneId zone = ZoneId.of(schedules.timeZone());
    List<RecurringTask<Void>> tasks = new ArrayList<>();
    tasks.add(task(TAG_SYNC, schedule(schedules.tagSync(), zone), actions.tagSync(), dataSource, replicaName, clock));
    tasks.add(task(STATISTICS, schedule(schedules.statistics(), zone), actions.statistics(), dataSource, replicaName,
        clock));
    tasks.add(task(RETENTION, schedule(schedules.retention(), zone), actions.retention(), dataSource, replicaName,
        clock));
    if (actions.digest() != null && schedules.digest() != null) {
      tasks.add(task(DIGEST, schedule(schedules.digest(), zone), actions.digest(), dataSource, replicaName, clock));
    }
    return Scheduler.create(dataSource)
        .startTasks(tasks)
        .threads(2)
        .pollingInterval(minimum(heartbeat.dividedBy(2)))
        .heartbeatInterval(heartbeat)
        .missedHeartbeatsLimit(4)
        .schedulerName(new SchedulerName.Fixed(replicaName))
        .shutdownMaxWait(Duration.ofSeconds(5))
        .build();
  }

  private static RecurringTask<Void> task(String name, Schedule schedule, Supplier<String> action,
      DataSource dataSource, String replica, Clock clock) {
    return Tasks.recurring(name, schedule).execute((instance, ctx) -> {
      Instant started = clock.instant();
      String detail;
      try {
        detail = action.get();
      } catch (RuntimeException e) {
        detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        LOG.warn("job {} failed: {}", name, detail);
        record(dataSource, new JobRun(name, replica, started, clock.instant(), false, detail));
        throw e;   // db-scheduler records the failure and runs the job at its next time
      }
      record(dataSource, new JobRun(name, replica, started, clock.instant(), true, detail));
    });
  }

  private static void record(DataSource dataSource, JobRun run) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO ghlplezi_job_run (job, replica, started_at, finished_at,"
            + " succeeded, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, run.job());
      s.setString(2, run.replica());
      s.setLong(3, run.startedAt().toEpochMilli());
      s.setLong(4, run.finishedAt().toEpochMilli());
      s.setBoolean(5, run.succeeded());
      String detail = String.valueOf(run.detail());
      s.setString(6, detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
      s.executeUpdate();
    } catch (SQLException e) {
      LOG.warn("cannot record the run of job {}: {}", run.job(), e.getMessage());
    }
  }

  /**
   * The job log, newest first.
   *
   * @param dataSource the shared database
   * @param limit at most this many
   * @return the latest runs of every job
   */
  public static List<JobRun> lastRuns(DataSource dataSource, int limit) {
    List<JobRun> runs = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT job, replica, started_at, finished_at, succeeded, detail"
            + " FROM ghlplezi_job_run ORDER BY finished_at DESC, job")) {
      s.setMaxRows(limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          runs.add(new JobRun(r.getString(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3)),
              Instant.ofEpochMilli(r.getLong(4)), r.getBoolean(5), r.getString(6)));
        }
      }
      return runs;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the job log: " + e.getMessage(), e);
    }
  }

  /**
   * When each job runs next, from db-scheduler's table.
   *
   * @param dataSource the shared database
   * @return one line per job: name, next time, and the replica running it now
   */
  public static List<String> nextSchedules(DataSource dataSource) {
    List<String> lines = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT task_name, execution_time, picked_by, consecutive_failures"
            + " FROM scheduled_tasks ORDER BY task_name");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        int failures = r.getInt(4);
        lines.add(r.getString(1) + " at " + r.getTimestamp(2).toInstant()
            + (r.getString(3) == null ? "" : " (running on " + r.getString(3) + ")")
            + (failures > 0 ? " after " + failures + " failed run(s)" : ""));
      }
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schedules: " + e.getMessage(), e);
    }
  }

  private static Duration minimum(Duration d) {
    return d.compareTo(Duration.ofMillis(200)) < 0 ? Duration.ofMillis(200) : d;
  }
}
