package io.github.ghlplezi.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Fetches the same 100-tag page from a loopback server three ways, in one run: (a) bare OkHttp +
 * Jackson into records, (b) {@code GhlClient.socialPlanner(id).tags().list(..)}, (c) the same over
 * {@code ResilientHttp.ghl()}. Besides time per call it counts the calling thread's CPU time per
 * call ({@link ThreadMXBean#getCurrentThreadCpuTime()} around each call; the server's threads are
 * not counted), which is what the SDK adds on top of the HTTP it wraps.
 *
 * <p>Run with the ratio table: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.ghlplezi.benchmarks.TagPageBenchmark} (JMH options such as {@code -f 2 -wi 5 -i 10} or
 * {@code -prof gc} are passed through). Plain JMH: {@code java -jar benchmarks/target/benchmarks.jar TagPage}
 * (the {@code cpuNanos} and {@code calls} counters are then printed as totals per iteration).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class TagPageBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private TagPageFixture fixture;

  /** Calling-thread CPU time and calls, summed per iteration (JMH reports them as totals). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuCounters {
    /** CPU nanoseconds the calling thread spent inside the measured calls. */
    public long cpuNanos;
    /** Calls measured. */
    public long calls;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      calls = 0;
    }
  }

  /** Starts the server and builds the three clients; each is checked to read all 100 tags. */
  @Setup(Level.Trial)
  public void start() {
    fixture = new TagPageFixture();
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void stop() {
    fixture.close();
  }

  /** (a) bare OkHttp + Jackson. */
  @Benchmark
  public Object a_bare_okhttp_jackson(CpuCounters cpu) {
    return measured(cpu, fixture::bare);
  }

  /** (b) the SDK. */
  @Benchmark
  public Object b_sdk(CpuCounters cpu) {
    return measured(cpu, fixture::sdk);
  }

  /** (c) the SDK over {@code ResilientHttp.ghl()}. */
  @Benchmark
  public Object c_sdk_resilient(CpuCounters cpu) {
    return measured(cpu, fixture::resilient);
  }

  private static Object measured(CpuCounters cpu, Supplier<?> call) {
    long start = THREADS.getCurrentThreadCpuTime();
    Object result = call.get();
    cpu.cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
    cpu.calls++;
    return result;
  }

  /**
   * Runs the three benchmarks and prints time and calling-thread CPU per call, and the ratios b/a
   * and c/a, each with a 95 % confidence interval over the measurement iterations of every fork.
   *
   * @param args JMH command-line options
   * @throws Exception when JMH fails
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(TagPageBenchmark.class.getName());
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Row> rows = new LinkedHashMap<>();
    for (RunResult run : results) {
      String label = run.getParams().getBenchmark();
      label = label.substring(label.lastIndexOf('.') + 1);
      rows.put(label, Row.of(run));
    }
    System.out.printf(Locale.ROOT, "%nTag page (%d tags) from loopback, Java %s, %d cores (shared machine: expect noise)%n",
        TagPageFixture.TAGS, Runtime.version(), Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "%-24s %22s %24s%n", "variant", "time us/call (95% CI)", "thread CPU us/call (95% CI)");
    rows.forEach((label, row) -> System.out.printf(Locale.ROOT, "%-24s %12.1f +- %-7.1f %14.1f +- %-7.1f%n",
        label, row.time.getMean(), row.time.getMeanErrorAt(0.95), row.cpu.getMean(), row.cpu.getMeanErrorAt(0.95)));
    Row bare = rows.get("a_bare_okhttp_jackson");
    if (bare == null) {
      return;
    }
    for (var e : rows.entrySet()) {
      if (e.getValue() == bare) {
        continue;
      }
      Row row = e.getValue();
      System.out.printf(Locale.ROOT, "ratio %-18s CPU %.2fx +- %.2f   time %.2fx +- %.2f%n", e.getKey() + "/a",
          ratio(row.cpu, bare.cpu), ratioError(row.cpu, bare.cpu), ratio(row.time, bare.time), ratioError(row.time, bare.time));
    }
  }

  private static double ratio(ListStatistics x, ListStatistics base) {
    return x.getMean() / base.getMean();
  }

  /** First-order propagation of both relative errors. */
  private static double ratioError(ListStatistics x, ListStatistics base) {
    double rx = x.getMeanErrorAt(0.95) / x.getMean();
    double rb = base.getMeanErrorAt(0.95) / base.getMean();
    return ratio(x, base) * Math.sqrt(rx * rx + rb * rb);
  }

  /** Per-iteration time and CPU per call of one benchmark, over all forks. */
  private record Row(ListStatistics time, ListStatistics cpu) {
    static Row of(RunResult run) {
      ListStatistics time = new ListStatistics();
      ListStatistics cpu = new ListStatistics();
      for (BenchmarkResult fork : run.getBenchmarkResults()) {
        for (IterationResult it : fork.getIterationResults()) {
          time.addValue(it.getPrimaryResult().getScore());
          Map<String, Result> aux = it.getSecondaryResults();
          Result nanos = aux.get("cpuNanos");
          Result calls = aux.get("calls");
          if (nanos != null && calls != null && calls.getScore() > 0) {
            cpu.addValue(nanos.getScore() / calls.getScore() / 1000.0);
          }
        }
      }
      return new Row(time, cpu);
    }
  }
}
