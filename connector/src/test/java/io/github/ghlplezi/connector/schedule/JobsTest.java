package io.github.ghlplezi.connector.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.github.ghlplezi.connector.config.ScheduleConfig;
import io.github.ghlplezi.connector.config.SchedulesConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Two schedulers (two replicas) on one H2 database: the tag sync, the statistics snapshot, the
 * retention and the digest each run once per period, never twice at once, and every run is in the
 * job log with the replica that ran it.
 */
class JobsTest {

  private static final List<String> JOBS = List.of(Jobs.TAG_SYNC, Jobs.STATISTICS, Jobs.RETENTION, Jobs.DIGEST);
  private static final int RUNS = 3;

  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();
  private final List<String> overlaps = new ArrayList<>();

  private Supplier<String> action(String job) {
    return () -> {
      if (!running.computeIfAbsent(job, j -> new AtomicBoolean()).compareAndSet(false, true)) {
        synchronized (overlaps) {
          overlaps.add(job);
        }
      }
      try {
        Thread.sleep(150);   // long enough for the other replica to poll while this one runs
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        running.get(job).set(false);
      }
      return "call=" + calls.computeIfAbsent(job, j -> new AtomicInteger()).incrementAndGet();
    };
  }

  @Test
  void every_job_runs_once_per_period_across_two_replicas_and_is_logged() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:jobs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Jobs.createSchemaIfMissing(h2, false);
    ScheduleConfig everySecond = new ScheduleConfig(null, Duration.ofSeconds(1));
    SchedulesConfig schedules = new SchedulesConfig("UTC", everySecond, everySecond, everySecond, everySecond);
    Jobs.Actions actions = new Jobs.Actions(action(Jobs.TAG_SYNC), action(Jobs.STATISTICS), action(Jobs.RETENTION),
        action(Jobs.DIGEST));
    Scheduler one = Jobs.scheduler(h2, schedules, actions, Duration.ofMillis(400), "replica-one", Clock.systemUTC());
    Scheduler two = Jobs.scheduler(h2, schedules, actions, Duration.ofMillis(400), "replica-two", Clock.systemUTC());
    one.start();
    two.start();
    try {
      Instant giveUp = Instant.now().plusSeconds(90);
      while (!allRanEnough(h2) && Instant.now().isBefore(giveUp)) {
        Thread.sleep(200);
      }
    } finally {
      one.stop();
      two.stop();
    }

    List<JobRun> log = Jobs.lastRuns(h2, 10_000);
    assertEquals(List.of(), overlaps, "a job ran on both replicas at once");
    for (String job : JOBS) {
      List<JobRun> runs = log.stream().filter(r -> r.job().equals(job)).toList();
      assertTrue(runs.size() >= RUNS, job + " ran " + runs.size() + " times");
      assertEquals(calls.get(job).get(), runs.size(), job + ": calls and logged runs differ");
      assertTrue(runs.stream().allMatch(JobRun::succeeded), job);
      List<JobRun> ordered = runs.stream().sorted(java.util.Comparator.comparing(JobRun::startedAt)).toList();
      for (int i = 1; i < ordered.size(); i++) {
        assertTrue(!ordered.get(i).startedAt().isBefore(ordered.get(i - 1).finishedAt()), job + " runs overlapped");
      }
    }
    assertTrue(log.stream().allMatch(r -> r.replica().equals("replica-one") || r.replica().equals("replica-two")));
  }

  private static boolean allRanEnough(javax.sql.DataSource db) {
    Map<String, Long> logged = Jobs.lastRuns(db, 10_000).stream()
        .collect(Collectors.groupingBy(JobRun::job, Collectors.counting()));
    return JOBS.stream().allMatch(j -> logged.getOrDefault(j, 0L) >= RUNS);
  }

  @Test
  void without_a_digest_service_the_digest_schedule_is_not_registered() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:jobs-nodigest-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Jobs.createSchemaIfMissing(h2, false);
    ScheduleConfig hourly = new ScheduleConfig(null, Duration.ofHours(1));
    SchedulesConfig schedules = new SchedulesConfig("UTC", hourly, hourly, hourly, hourly);
    Scheduler scheduler = Jobs.scheduler(h2, schedules, new Jobs.Actions(() -> "", () -> "", () -> "", null),
        Duration.ofSeconds(1), "replica", Clock.systemUTC());
    scheduler.start();
    try {
      List<String> next = Jobs.nextSchedules(h2);
      assertEquals(3, next.size(), next.toString());
      assertTrue(next.stream().noneMatch(line -> line.startsWith(Jobs.DIGEST)), next.toString());
    } finally {
      scheduler.stop();
    }
  }
}
