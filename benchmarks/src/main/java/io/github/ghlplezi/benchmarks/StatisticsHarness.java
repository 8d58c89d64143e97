package io.github.ghlplezi.benchmarks;

import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.SnapshotCommit;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.store.JdbcStatisticsStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * The statistics history at scale in embedded PostgreSQL: ingests {@code locations × accounts × days ×
 * metrics} points (one {@link SnapshotCommit} per location, as a backfill would), then times reading
 * one location's whole year ({@code JdbcStatisticsStore.series}) for randomly chosen locations.
 * Prints the ingest rate and the read times (target: one location's year in at most 50 ms).
 *
 * <p>Arguments ({@code key=value}): {@code locations} (1000), {@code accounts} (5), {@code days} (365),
 * {@code metrics} (4: impressions, likes, followers, posts), {@code reads} (200).
 */
public final class StatisticsHarness {

  private static final List<String> METRICS = List.of("impressions", "likes", "followers", "posts", "reach", "shares");
  private static final List<String> PLATFORMS = List.of("facebook", "instagram", "linkedin", "google", "youtube");

  private StatisticsHarness() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, Integer> o = new java.util.HashMap<>(Map.of("locations", 1000, "accounts", 5, "days", 365,
        "metrics", 4, "reads", 200));
    Arrays.stream(args).map(a -> a.split("=", 2)).forEach(kv -> o.put(kv[0], Integer.parseInt(kv[1])));
    int locations = o.get("locations");
    int accounts = o.get("accounts");
    int days = o.get("days");
    int metrics = Math.min(o.get("metrics"), METRICS.size());
    LocalDate first = LocalDate.of(2025, 1, 1);
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      // Batched upserts are sent as multi-row statements (pgjdbc's reWriteBatchedInserts), as recommended.
      DataSource ds = pg.getDatabase("postgres", "postgres", Map.of("reWriteBatchedInserts", "true"));
      JdbcStatisticsStore store = new JdbcStatisticsStore(ds).createSchemaIfMissing();
      long points = 0;
      long start = System.nanoTime();
      for (int l = 0; l < locations; l++) {
        String location = "loc-" + l;
        SplittableRandom random = new SplittableRandom(l);
        List<StatPoint> batch = new ArrayList<>(accounts * days * metrics);
        for (int a = 0; a < accounts; a++) {
          for (int m = 0; m < metrics; m++) {
            for (int d = 0; d < days; d++) {
              batch.add(new StatPoint(location, location + "-acc-" + a, PLATFORMS.get(a % PLATFORMS.size()),
                  METRICS.get(m), first.plusDays(d), random.nextInt(5_000)));
            }
          }
        }
        store.record(new SnapshotCommit(location, first.plusDays(days - 1L), batch, null, Instant.now()));
        points += batch.size();
        if ((l + 1) % 100 == 0) {
          System.out.printf(Locale.ROOT, "ingested %d locations, %d points, %.0f points/s%n", l + 1, points,
              points / ((System.nanoTime() - start) / 1e9));
        }
      }
      double ingestSeconds = (System.nanoTime() - start) / 1e9;
      try (var c = ds.getConnection(); var s = c.createStatement()) {
        s.execute("ANALYZE ghlplezi_stat_point");
      }
      int reads = o.get("reads");
      double[] ms = new double[reads];
      SplittableRandom pick = new SplittableRandom(42);
      int size = 0;
      for (int i = 0; i < reads; i++) {
        String location = "loc-" + pick.nextInt(locations);
        long t = System.nanoTime();
        size = store.series(SeriesQuery.of(location, first, first.plusDays(days - 1L))).points().size();
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(ms);
      System.out.printf(Locale.ROOT, "ingest: %d points (%d locations x %d accounts x %d metrics x %d days) in %.1f s"
          + " = %.0f points/s%n", points, locations, accounts, metrics, days, ingestSeconds, points / ingestSeconds);
      System.out.printf(Locale.ROOT, "read one location's year (%d points), %d reads: median %.1f ms, p95 %.1f ms,"
          + " max %.1f ms (target <= 50 ms)%n", size, reads, ms[reads / 2], ms[(int) (reads * 0.95)], ms[reads - 1]);
    }
  }
}
