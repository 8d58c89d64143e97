package io.github.ghlplezi.connector.cli;

import io.github.ghlplezi.connector.Connector;
import io.github.ghlplezi.connector.SyncOperations;
import io.github.ghlplezi.connector.auth.JdbcReauthorizations;
import io.github.ghlplezi.connector.schedule.JobRun;
import io.github.ghlplezi.connector.schedule.Jobs;
import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import java.io.PrintStream;
import java.util.List;

/**
 * What {@code status} prints: the last job runs (every replica's), the last sync runs, recent location
 * failures, open dead letters, what waits for re-authorization, and when each job runs next.
 */
final class StatusReport {

  private static final int LIMIT = 10;

  private final Connector connector;

  StatusReport(Connector connector) {
    this.connector = connector;
  }

  void print(PrintStream out) {
    SyncOperations operations = connector.operations();
    out.println("last job runs:");
    List<JobRun> jobs = Jobs.lastRuns(connector.dataSource(), LIMIT);
    none(out, jobs);
    for (JobRun run : jobs) {
      out.println("  " + run.finishedAt() + " " + run.job() + " on " + run.replica() + " "
          + (run.succeeded() ? "ok " : "FAILED ") + run.detail());
    }
    out.println("last sync runs (" + SyncOperations.STATUS_DAYS + " days):");
    List<SyncEvent> runs = operations.latest(EventType.RUN_FINISHED, LIMIT);
    none(out, runs);
    for (SyncEvent e : runs) {
      out.println("  " + e.at() + " " + e.runId() + " " + e.detail());
    }
    out.println("recent failures:");
    List<SyncEvent> failures = operations.latest(EventType.LOCATION_FAILED, LIMIT);
    none(out, failures);
    for (SyncEvent e : failures) {
      out.println("  " + e.at() + " " + e.locationId() + " " + e.detail());
    }
    out.println("open dead letters:");
    List<DeadLetter> letters = operations.openDeadLetters();
    none(out, letters);
    for (DeadLetter d : letters) {
      out.println("  " + d.id() + " " + d.at() + " " + d.mapping().locationId() + " " + d.reason());
    }
    out.println("waiting for re-authorization:");
    List<JdbcReauthorizations.Pending> pending = connector.reauthorizations().pending();
    none(out, pending);
    for (JdbcReauthorizations.Pending p : pending) {
      out.println("  " + p.occurredAt() + " " + p.userType() + " " + p.id() + " " + p.reason()
          + (p.blocks() ? " (left out of scheduled syncs)" : " (tried again later)"));
    }
    out.println("next schedules:");
    List<String> next = Jobs.nextSchedules(connector.dataSource());
    none(out, next);
    next.forEach(line -> out.println("  " + line));
  }

  private static void none(PrintStream out, List<?> items) {
    if (items.isEmpty()) {
      out.println("  (none)");
    }
  }
}
