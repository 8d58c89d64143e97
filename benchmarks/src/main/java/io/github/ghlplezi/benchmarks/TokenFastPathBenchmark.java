package io.github.ghlplezi.benchmarks;

import io.github.ghlplezi.sync.token.InMemoryTokenStore;
import io.github.ghlplezi.sync.token.ManagedTokenSource;
import io.github.ghlplezi.sync.token.StoredToken;
import io.github.ghlplezi.sync.token.TokenRefreshException;
import io.github.ghlplezi.ghl.model.UserType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of {@link ManagedTokenSource#accessToken} when the cached token is still valid: the path
 * every HighLevel call takes. Run: {@code java -jar benchmarks/target/benchmarks.jar TokenFastPath}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TokenFastPathBenchmark {

  /** Number of locations cached (lookups rotate over them). */
  @Param({"1", "1000"})
  public int locations;

  private ManagedTokenSource source;
  private String[] ids;
  private int next;
  private final java.util.concurrent.ConcurrentHashMap<String, Instant> baselineMap =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Clock baselineClock = Clock.systemUTC();

  @Setup
  public void setUp() {
    Clock clock = Clock.systemUTC();
    InMemoryTokenStore store = new InMemoryTokenStore(clock);
    source = ManagedTokenSource.builder()
        .store(store)
        .refresher((refreshToken, userType) -> {
          throw new TokenRefreshException(0, "the fast path must not refresh");
        })
        .clock(clock)
        .build();
    ids = new String[locations];
    Instant now = clock.instant();
    for (int i = 0; i < locations; i++) {
      ids[i] = "location-" + i;
      source.install(new StoredToken(ids[i], UserType.LOCATION, "access-" + i, now.plus(Duration.ofDays(1)),
          "refresh-" + i, Set.of(), 0, now));
      source.accessToken(ids[i]);
      baselineMap.put(ids[i], now.plus(Duration.ofDays(1)));
    }
  }

  /**
   * Baseline: the irreducible part of the fast path (one map lookup and one clock read), to tell the
   * source's own cost from the machine's noise.
   */
  @Benchmark
  public boolean baselineMapLookupAndClockRead() {
    int i = next + 1;
    if (i == ids.length) {
      i = 0;
    }
    next = i;
    return baselineClock.instant().isBefore(baselineMap.get(ids[i]));
  }

  /** One thread. */
  @Benchmark
  public String validToken() {
    int i = next + 1;
    if (i == ids.length) {
      i = 0;
    }
    next = i;
    return source.accessToken(ids[i]);
  }

  /** Two threads on the same source (the machine's core count), same location. */
  @Benchmark
  @Threads(2)
  public String validTokenTwoThreads() {
    return source.accessToken(ids[0]);
  }
}
