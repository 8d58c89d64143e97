package io.github.ghlplezi.connector.cli;

import io.github.ghlplezi.connector.Connector;
import io.github.ghlplezi.connector.Notifications;
import io.github.ghlplezi.connector.config.ConfigLoader;
import io.github.ghlplezi.connector.config.ConnectorConfig;
import io.github.ghlplezi.connector.config.InvalidConfigException;
import io.github.ghlplezi.connector.webhook.WebhookEndpoint;
import io.github.ghlplezi.notify.digest.DigestOutcome;
import io.github.ghlplezi.notify.digest.DigestWeek;
import io.github.ghlplezi.sync.run.SyncRun;
import io.github.ghlplezi.sync.run.Trigger;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        ConnectorCli.TestPull.class, ConnectorCli.Replay.class, ConnectorCli.Status.class, ConnectorCli.Authorize.class, ConnectorCli.Digest.class,
        SandboxCommand.class})
public final class ConnectorCli {

  /** Exit status of a run with a failed location. */
  public static final int FAILED = 1;
  /** Exit status of an invalid configuration. */
  public static final int INVALID = 2;

  final Function<String, String> environment;
  final PrintStream out;
  final PrintStream err;
  final boolean terminal;

  ConnectorCli(Function<String, String> environment, PrintStream out, PrintStream err, boolean terminal) {
    this.environment = environment;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args, System::getenv, System.out, System.err, ProgressLine.onTerminal()));
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
    return execute(args, environment, out, err, false);
  }

  static int execute(String[] args, Function<String, String> environment, PrintStream out, PrintStream err,
      boolean terminal) {
    ConnectorCli cli = new ConnectorCli(environment, out, err, terminal);
    CommandLine line = new CommandLine(cli);
    line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    line.setExitCodeExceptionMapper(e -> e instanceof InvalidConfigException
        || e instanceof CommandLine.ParameterException ? INVALID : FAILED);
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
      return report(connector.operations().sync(Trigger.SCHEDULE, connector.selection(locations)));
    }
  }

  /** Dry run. */
  @Command(name = "test-pull", description = "Dry run: fetch and plan, write nothing.")
  static final class TestPull extends Base {
    @Option(names = {"-l", "--location"}, description = "a location id (repeatable)")
    List<String> locations = new ArrayList<>();

    @Override
    int call(Connector connector) {
      return report(connector.operations().testPull(connector.selection(locations),
          new ProgressLine(cli.out, cli.terminal)));
    }
  }

  /** Replays open dead letters. */
  @Command(name = "replay", description = "Send the open dead letters again (all, or those of a location).")
  static final class Replay extends Base {
    @Option(names = {"-l", "--location"}, description = "only this location's dead letters")
    String location;

    @Override
    int call(Connector connector) {
      return report(connector.operations().replay(location));
    }
  }

  /** Last runs, failures, dead letters, next schedules. */
  @Command(name = "status", description = "Last runs, failures, open dead letters and next schedules.")
  static final class Status extends Base {
    @Override
    int call(Connector connector) {
      new StatusReport(connector).print(cli.out);
      return 0;
    }
  }

  /** Exchanges an OAuth authorization code and stores the token. */
  @Command(name = "authorize", description = "OAuth: exchange an authorization code (agency or location consent)"
      + " and store its token, encrypted.")
  static final class Authorize extends Base {
    @Option(names = "--code", required = true, description = "the code of the consent redirect")
    String code;

    @Override
    int call(Connector connector) {
      cli.out.println(connector.authorize(code));
      return 0;
    }
  }

  /** Renders or sends the weekly digest. */
  @Command(name = "digest", description = "Render a recipient's weekly digest into a directory (--preview), or send"
      + " every digest due now (each recipient once per week, across replicas).")
  static final class Digest extends Base {
    @Option(names = "--preview", description = "render without sending or claiming: HTML, text, subject and charts")
    boolean preview;

    @Option(names = "--recipient", description = "the recipient id (default: the first configured)")
    String recipient;

    @Option(names = "--week", converter = WeekConverter.class,
        description = "the ISO week, such as 2026-W47 (default: the last complete week)")
    DigestWeek week;

    @Option(names = "--out", defaultValue = "digest-preview", description = "where the preview goes (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    int call(Connector connector) throws Exception {
      if (!preview) {
        List<DigestOutcome> outcomes = connector.notifications().sendDueDigests(connector.selection(List.of()), null);
        outcomes.forEach(o -> cli.out.println(o.recipientId() + " " + o.week() + " " + o.sink() + ": " + o.result()
            + (o.message().isEmpty() ? "" : " (" + o.message() + ")")));
        cli.out.println(outcomes.isEmpty() ? "no digest due now" : outcomes.size() + " delivery outcome(s)");
        return outcomes.stream().anyMatch(o -> o.result() == DigestOutcome.Result.FAILED_PERMANENT
            || o.result() == DigestOutcome.Result.FAILED_RETRIABLE) ? FAILED : 0;
      }
      Notifications.Preview rendered;
      try {
        rendered = connector.notifications().preview(connector.selection(List.of()), recipient, week, out);
      } catch (Notifications.UnknownRecipientException e) {
        cli.err.println(e.getMessage());
        return INVALID;
      }
      printPreview(cli.out, rendered);
      return 0;
    }
  }

  /** Reads {@code --week}; picocli reports a bad value as a usage error. */
  static final class WeekConverter implements CommandLine.ITypeConverter<DigestWeek> {
    @Override
    public DigestWeek convert(String value) {
      try {
        return DigestWeek.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("not an ISO week such as 2026-W47: " + value);
      }
    }
  }

  static void printPreview(PrintStream out, Notifications.Preview preview) throws java.io.IOException {
    out.println("digest preview: " + preview.digest().subject());
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(preview.folder())) {
      files.sorted().forEach(f -> out.println("  wrote " + f));
    }
  }
}
