package io.github.ghlplezi.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ratios of {@link TagPageBenchmark} measured the way a shared, noisy machine allows: the three
 * variants run in short interleaved batches on one thread (rotating which goes first), so a load
 * spike hits all three alike, and the table shows the median of the per-round ratios with their
 * quartiles. Options ({@code key=value}): {@code warmupSeconds} (20), {@code rounds} (60),
 * {@code calls} per batch (50).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.ghlplezi.benchmarks.TagPageHarness}.
 */
public final class TagPageHarness {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private TagPageHarness() {
  }

  public static void main(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      if (kv.length == 2) {
        opts.put(kv[0], kv[1]);
      }
    }
    long warmupSeconds = Long.parseLong(opts.getOrDefault("warmupSeconds", "20"));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "60"));
    int calls = Integer.parseInt(opts.getOrDefault("calls", "50"));
    try (TagPageFixture fixture = new TagPageFixture()) {
      Map<String, Supplier<?>> variants = new LinkedHashMap<>();
      variants.put("a bare OkHttp + Jackson", fixture::bare);
      variants.put("b SDK", fixture::sdk);
      variants.put("c SDK + ResilientHttp", fixture::resilient);
      Supplier<?>[] calls3 = variants.values().toArray(Supplier<?>[]::new);
      long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      while (System.nanoTime() < warmupEnd) {
        for (Supplier<?> s : calls3) {
          batch(s, calls);
        }
      }
      double[][] cpuUs = new double[3][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < 3; k++) {
          int v = (r + k) % 3;
          cpuUs[v][r] = batch(calls3[v], calls);
        }
      }
      System.out.printf(Locale.ROOT, "%nTag page (%d tags) from loopback, Java %s, %d cores; %d interleaved rounds x %d calls"
          + " (shared machine: medians and quartiles)%n", TagPageFixture.TAGS, Runtime.version(),
          Runtime.getRuntime().availableProcessors(), rounds, calls);
      String[] names = variants.keySet().toArray(String[]::new);
      for (int v = 0; v < 3; v++) {
        double[] q = quartiles(cpuUs[v]);
        System.out.printf(Locale.ROOT, "  %-24s calling-thread CPU %7.1f us/call (quartiles %.1f .. %.1f)%n",
            names[v], q[1], q[0], q[2]);
      }
      for (int v = 1; v < 3; v++) {
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          ratio[r] = cpuUs[v][r] / cpuUs[0][r];
        }
        double[] q = quartiles(ratio);
        System.out.printf(Locale.ROOT, "  ratio %s / a                 %.2fx (quartiles %.2f .. %.2f)%n",
            names[v].substring(0, 1), q[1], q[0], q[2]);
      }
    }
    System.exit(0);
  }

  /** Calling-thread CPU per call of one batch, in microseconds. */
  private static double batch(Supplier<?> call, int calls) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < calls; i++) {
      if (call.get() == null) {
        throw new IllegalStateException("no page");
      }
    }
    return (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / calls;
  }

  private static double[] quartiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return new double[] {sorted[n / 4], sorted[n / 2], sorted[(3 * n) / 4]};
  }
}
