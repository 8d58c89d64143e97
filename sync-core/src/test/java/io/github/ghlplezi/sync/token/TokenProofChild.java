package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.model.TagQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One replica of the multi-process proofs: N threads calling HighLevel (the testkit) through a
 * {@link ManagedTokenSource} over a shared PostgreSQL {@link JdbcTokenStore}.
 *
 * <p>Args ({@code key=value}): {@code ghl}, {@code jdbc}, {@code location}, {@code clientId},
 * {@code clientSecret}, {@code threads}, {@code pauseMillis}, {@code freezeInRefresh} (true: the
 * first refresh prints {@code REFRESHING} and blocks forever while holding the refresh lock, to be
 * killed). Stdin: {@code REPORT} prints a {@code STATS} line; {@code STOP} prints it and exits.
 * Never prints a token.
 */
public final class TokenProofChild {
  private TokenProofChild() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    String location = a.get("location");
    int threads = Integer.parseInt(a.get("threads"));
    long pauseNanos = Duration.ofMillis(Long.parseLong(a.getOrDefault("pauseMillis", "50"))).toNanos();
    boolean freeze = Boolean.parseBoolean(a.getOrDefault("freezeInRefresh", "false"));

    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(a.get("jdbc"));
    JdbcTokenStore store = new JdbcTokenStore(ds, Tokens.KEYS);

    AtomicInteger refreshes = new AtomicInteger();
    AtomicInteger invalidGrants = new AtomicInteger();
    RecordingOAuth wire = new RecordingOAuth(a.get("ghl"), a.get("clientId"), a.get("clientSecret"));
    TokenRefresher refresher = (refreshToken, userType) -> {
      if (freeze) {
        System.out.println("REFRESHING");
        System.out.flush();
        try {
          new CountDownLatch(1).await(); // holding the cross-process lock until killed
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      try {
        TokenGrant g = wire.refresh(refreshToken, userType);
        refreshes.incrementAndGet();
        return g;
      } catch (InvalidGrantException e) {
        invalidGrants.incrementAndGet();
        throw e;
      }
    };
    AtomicInteger reauth = new AtomicInteger();
    java.time.Clock clock = java.time.Clock.offset(java.time.Clock.systemUTC(),
        Duration.ofHours(Long.parseLong(a.getOrDefault("clockOffsetHours", "0"))));
    ManagedTokenSource source = ManagedTokenSource.builder()
        .store(store).clock(clock).refresher(refresher).lockTimeout(Duration.ofSeconds(60))
        .listener(e -> reauth.incrementAndGet())
        .build();
    GhlClient client = GhlClient.builder().baseUrl(a.get("ghl")).tokenSource(source).build();

    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    CountDownLatch ready = new CountDownLatch(threads);
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        boolean counted = false;
        while (!stop.get()) {
          try {
            client.socialPlanner(location).tags().list(TagQuery.builder().limit(1).skip(0).build());
            ok.incrementAndGet();
            if (!counted) {
              counted = true;
              ready.countDown();
            }
          } catch (RuntimeException e) {
            failed.incrementAndGet();
            errors.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(), k -> new AtomicInteger())
                .incrementAndGet();
          }
          LockSupport.parkNanos(pauseNanos); // load shaping only
        }
      }, "caller-" + i);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    if (!freeze) {
      ready.await();
    }
    System.out.println("READY");
    System.out.flush();

    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.equals("STOP")) {
        stop.set(true);
        for (Thread t : workers) {
          t.join(10_000);
        }
      }
      System.out.println("STATS ok=" + ok.get() + " failed=" + failed.get() + " refreshes=" + refreshes.get()
          + " invalidGrants=" + invalidGrants.get() + " reauth=" + reauth.get() + " errors=" + errors);
      System.out.flush();
      if (line.equals("STOP")) {
        break;
      }
    }
    System.exit(0);
  }

}
