package io.github.ghlplezi.connector.cli;

import io.github.ghlplezi.connector.Connector;
import io.github.ghlplezi.connector.config.ConfigLoader;
import io.github.ghlplezi.connector.config.ConnectorConfig;
import io.github.ghlplezi.connector.config.InvalidConfigException;
import io.github.ghlplezi.connector.webhook.WebhookEndpoint;
import io.github.ghlplezi.sync.events.DeadLetter;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.run.SyncRun;
import io.github.ghlplezi.sync.run.Trigger;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The connector's command line. Exit status: 0 done, 1 a location failed, 2 invalid configuration or
 * usage (nothing was started).
 */
@Command(name = "ghl-plezi-connector", mixinStandardHelpOptions = true,
    description = "Syncs HighLevel Social Planner tags into Plezi on schedule, across replicas.",
    subcommands = {ConnectorCli.Check.class, ConnectorCli.Run.class, ConnectorCli.Sync.class,
        ConnectorCli.TestPull.class, ConnectorCli.Replay.class, ConnectorCli.Status.class, SandboxCommand.class})
public final class ConnectorCli {

  /** Exit status of a run with a failed location. */
  public static final int FAILED = 1;
  /** Exit status of an invalid configuration. */
  public static final int INVALID = 2;

  final Function<String, String> environment;
  final PrintStream out;
  final PrintStream err;

  ConnectorCli(Function<String, String> environment, PrintStream out, PrintStream err) {
    this.environment = environment;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args, System::getenv, System.out, System.err));
  }

  /**
   * Runs the command line in this process.
   *
   * @param args the arguments
   * @param environment environment variables by name
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int execute(String[] args, Function<String, String> environment, PrintStream out, PrintStream err) {
    ConnectorCli cli = new ConnectorCli(environment, out, err);
    CommandLine line = new CommandLine(cli);
    line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    line.setExitCodeExceptionMapper(e -> e instanceof InvalidConfigException ? INVALID : FAILED);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof InvalidConfigException) {
        err.println(e.getMessage());
        err.println("nothing was started");
        return INVALID;
      }
      err.println("failed: " + e.getMessage());
      return FAILED;
    });
    return line.execute(args);
  }

  /** Options and the connector's life cycle shared by the subcommands. */
  abstract static class Base implements Callable<Integer> {

    @CommandLine.ParentCommand
    ConnectorCli cli;

    @Option(names = {"-c", "--config"}, required = true, description = "the YAML configuration file")
    Path config;

    ConnectorConfig load() {
      return new ConfigLoader(cli.environment).load(config);
    }

    @Override
    public final Integer call() throws Exception {
      ConnectorConfig valid = load();
      try (Connector connector = new Connector(valid, Clock.systemUTC())) {
        return call(connector);
      }
    }

    abstract int call(Connector connector) throws Exception;

    int report(SyncRun run) {
      cli.out.print(run.toText());
      return run.allSucceeded() ? 0 : FAILED;
    }
  }

  /** Validates the configuration and exits. */
  @Command(name = "check", description = "Validate the configuration; print every problem with its path.")
  static final class Check extends Base {
    @Override
    int call(Connector connector) {
      return 0;
    }
  }

  /** Scheduler plus webhook endpoint until stopped. */
  @Command(name = "run", description = "Run the schedules and the webhook endpoint until stopped.")
  static final class Run extends Base {

    @Option(names = "--heartbeat", defaultValue = "PT30S", description = "scheduler heartbeat (ISO-8601)")
    Duration heartbeat;

    @Option(names = "--replica", description = "this replica's name (default: host name and process id)")
    String replica;

    @Override
    int call(Connector connector) throws Exception {
      String name = replica != null ? replica : java.net.InetAddress.getLocalHost().getHostName() + "-"
          + ProcessHandle.current().pid();
      WebhookEndpoint endpoint = connector.startWebhooks();
      connector.startScheduler(heartbeat, name, run -> cli.out.print(run.toText()));
      cli.out.println("running as " + name + (endpoint == null ? "; webhooks disabled" : "; webhooks on "
          + endpoint.uri()));
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
      return 0;
    }
  }

  /** One sync now. */
  @Command(name = "sync", description = "Sync now (all locations, or those given).")
  static final class Sync extends Base {
    @Option(names = {"-l", "--location"}, description = "a location id (repeatable)")
    List<String> locations = new ArrayList<>();

    @Override
    int call(Connector connector) {
      return report(connector.engine().run(Trigger.SCHEDULE,
          connector.selection(locations)));
    }
  }

  /** Dry run. */
  @Command(name = "test-pull", description = "Dry run: fetch and plan, write nothing.")
  static final class TestPull extends Base {
    @Option(names = {"-l", "--location"}, description = "a location id (repeatable)")
    List<String> locations = new ArrayList<>();

    @Override
    int call(Connector connector) {
      return report(connector.engine().dryRun(Trigger.MANUAL_TEST_PULL, connector.selection(locations)));
    }
  }

  /** Replays open dead letters. */
  @Command(name = "replay", description = "Send the open dead letters again (all, or those of a location).")
  static final class Replay extends Base {
    @Option(names = {"-l", "--location"}, description = "only this location's dead letters")
    String location;

    @Override
    int call(Connector connector) {
      return report(connector.engine().replay(d -> location == null || location.equals(d.mapping().locationId())));
    }
  }

  /** Last runs, failures, dead letters, next schedules. */
  @Command(name = "status", description = "Last runs, failures, open dead letters and next schedules.")
  static final class Status extends Base {
    @Override
    int call(Connector connector) throws SQLException {
      PrintStream out = cli.out;
      out.println("last runs:");
      for (SyncEvent e : connector.engine().events(EventQuery.all().types(EventType.RUN_FINISHED).limit(10))) {
        out.println("  " + e.at() + " " + e.runId() + " " + e.detail());
      }
      out.println("recent failures:");
      for (SyncEvent e : connector.engine().events(EventQuery.all().types(EventType.LOCATION_FAILED).limit(10))) {
        out.println("  " + e.at() + " " + e.locationId() + " " + e.detail());
      }
      out.println("open dead letters:");
      for (DeadLetter d : connector.engine().deadLetters()) {
        if (d.open()) {
          out.println("  " + d.at() + " " + d.mapping().locationId() + " " + d.reason());
        }
      }
      out.println("next schedules:");
      try (Connection c = connector.dataSource().getConnection();
          PreparedStatement s = c.prepareStatement(
              "SELECT task_name, execution_time, picked_by FROM scheduled_tasks ORDER BY task_name");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.println("  " + r.getString(1) + " at " + r.getTimestamp(2).toInstant()
              + (r.getString(3) == null ? "" : " (running on " + r.getString(3) + ")"));
        }
      }
      return 0;
    }
  }
}
