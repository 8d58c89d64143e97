package io.github.ghlplezi.sync.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.ghl.GhlClient;
import io.github.ghlplezi.ghl.model.SocialAccount;
import io.github.ghlplezi.sync.LocationMapping;
import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.fetch.GhlStatisticsSource;
import io.github.ghlplezi.sync.fetch.StatisticsReading.SkipReason;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.StatGap;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import io.github.ghlplezi.sync.store.InMemoryStatisticsStore;
import io.github.ghlplezi.sync.store.InMemorySyncStore;
import io.github.ghlplezi.sync.store.JdbcStatisticsStore;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SeededLocation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Proofs 1 and 2 of the statistics stream, against the testkit's HighLevel fake and its clock: daily
 * runs of the engine (statistics only) over eight weeks, and ten days without a run.
 */
class StatisticsProofTest {

  private static final Instant START = Instant.parse("2026-09-01T10:00:00Z");
  private static final LocalDate FIRST_DAY = LocalDate.ofInstant(START, ZoneOffset.UTC).minusDays(7);
  private static final List<String> METRICS = List.of("impressions", "likes", "followers", "posts");

  /** What the fake serves: a distinct value per account, metric and day, set before the runs. */
  private static Map<String, Double> serveDistinctValues(Sandbox sandbox, GhlClient ghl, List<SocialAccount> accounts,
      int days) {
    Map<String, Double> served = new HashMap<>();
    int a = 0;
    for (SocialAccount account : accounts) {
      for (int m = 0; m < METRICS.size(); m++) {
        for (int d = 0; d < days; d++) {
          long value = 1_000_000L * (a + 1) + 10_000L * m + d;
          LocalDate day = FIRST_DAY.plusDays(d);
          sandbox.ghl().setDailyMetric(account.profileId().orElseThrow(), day, 1, METRICS.get(m), value);
          served.put(account.id() + "|" + METRICS.get(m) + "|" + day, (double) value);
        }
      }
      a++;
    }
    return served;
  }

  /** Accounts HighLevel reports statistics for: not expired, LinkedIn pages only, TikTok business only. */
  static List<SocialAccount> liveAccounts(GhlClient ghl, String locationId) {
    return ghl.socialPlanner(locationId).accounts().list().accounts().stream().filter(x -> !x.expired())
        .filter(x -> !"linkedin".equals(platform(x)) || "page".equals(type(x)))
        .filter(x -> !"tiktok".equals(platform(x)) || "business".equals(type(x))).toList();
  }

  private static String platform(SocialAccount a) {
    return a.platform().map(p -> p.value()).orElse("");
  }

  private static String type(SocialAccount a) {
    return a.type().map(t -> t.value()).orElse("");
  }

  private static Sandbox sandbox() {
    return Sandbox.builder().locations(4).clockStart(START).start();
  }

  private static SyncEngine engine(Sandbox sandbox, StatisticsStore history) {
    return EngineFixture.statisticsOnly(sandbox, new InMemorySyncStore(),
        ghl -> StatisticsStream.of(new GhlStatisticsSource(ghl), history));
  }

  private static Selection selection(List<String> locations) {
    return new Selection(locations.stream().map(l -> new LocationMapping(l, "stats-" + l + "@client.example"))
        .toList());
  }

  /** One scheduled run; every location read, its statistics returned by location. */
  private static Map<String, StatisticsRead> run(SyncEngine engine, List<String> locations) {
    SyncRun run = engine.run(Trigger.SCHEDULE, selection(locations));
    assertTrue(run.allSucceeded(), run::toText);
    assertEquals(0, run.writes(), "no aggregate configured: nothing is written to Plezi");
    Map<String, StatisticsRead> out = new HashMap<>();
    for (LocationOutcome o : run.outcomes()) {
      LocationOutcome.Synced synced = assertInstanceOf(LocationOutcome.Synced.class, o);
      out.put(o.mapping().locationId(), synced.statistics().orElseThrow());
    }
    return out;
  }

  @Test
  void eight_weeks_of_daily_runs_store_exactly_56_days_per_account_each_equal_to_what_the_fake_served() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:stats-eight-weeks;DB_CLOSE_DELAY=-1");
    StatisticsStore store = new JdbcStatisticsStore(h2).createSchemaIfMissing();
    try (Sandbox sandbox = sandbox()) {
      GhlClient ghl = EngineFixture.ghl(sandbox);
      SyncEngine engine = engine(sandbox, store);
      List<String> locations = sandbox.ghl().locations().stream().map(SeededLocation::id).toList();
      Map<String, List<SocialAccount>> live = new HashMap<>();
      Map<String, Double> served = new HashMap<>();
      int expiredSeen = 0;
      int unsupportedSeen = 0;
      for (String location : locations) {
        live.put(location, liveAccounts(ghl, location));
      }
      List<SocialAccount> all = live.values().stream().flatMap(List::stream).toList();
      served.putAll(serveDistinctValues(sandbox, ghl, all, 56));

      // The first run stores the 7 days before START; 49 more daily runs add one day each: 56 days.
      for (int run = 0; run < 50; run++) {
        for (StatisticsRead read : run(engine, locations).values()) {
          assertTrue(read.gap().isEmpty(), "daily runs leave no gap");
          expiredSeen += (int) read.skipped().stream().filter(s -> s.reason() == SkipReason.EXPIRED).count();
          unsupportedSeen += (int) read.skipped().stream().filter(s -> s.reason() == SkipReason.UNSUPPORTED).count();
        }
        sandbox.clock().advance(Duration.ofDays(1));
      }

      assertTrue(expiredSeen > 0, "the seed has expired accounts, which are skipped, not failed");
      assertTrue(unsupportedSeen > 0, "the seed has a LinkedIn profile, which HighLevel reports nothing for");
      LocalDate lastDay = FIRST_DAY.plusDays(55);
      for (String location : locations) {
        List<StatPoint> points = store.series(SeriesQuery.of(location, FIRST_DAY.minusYears(1), lastDay.plusYears(1)))
            .points();
        Set<String> keys = new HashSet<>();
        for (StatPoint p : points) {
          assertTrue(keys.add(p.accountId() + "|" + p.metric() + "|" + p.day()), "duplicate " + p);
          assertEquals(served.get(p.accountId() + "|" + p.metric() + "|" + p.day()), p.value(), p.toString());
        }
        for (SocialAccount account : live.get(location)) {
          for (String metric : METRICS) {
            List<StatPoint> series = points.stream()
                .filter(p -> p.accountId().equals(account.id()) && p.metric().equals(metric)).toList();
            assertEquals(56, series.size(), account.id() + " " + metric);
            assertEquals(FIRST_DAY, series.get(0).day());
            assertEquals(lastDay, series.get(55).day());
          }
        }
        assertEquals(live.get(location).size() * METRICS.size() * 56, points.size(), "only live accounts' series");
        assertTrue(store.gaps(location).isEmpty());
      }
    }
  }

  @Test
  void ten_days_without_a_run_record_a_gap_invent_nothing_and_the_series_continues() {
    StatisticsStore store = new InMemoryStatisticsStore();
    try (Sandbox sandbox = sandbox()) {
      GhlClient ghl = EngineFixture.ghl(sandbox);
      SyncEngine engine = engine(sandbox, store);
      String location = sandbox.ghl().locations().get(0).id();
      List<SocialAccount> live = liveAccounts(ghl, location);
      assertFalse(live.isEmpty());
      Map<String, Double> served = serveDistinctValues(sandbox, ghl, live, 40);
      LocalDate today = FIRST_DAY.plusDays(7);

      run(engine, List.of(location));
      sandbox.clock().advance(Duration.ofDays(11));   // days today+1 .. today+10 have no run
      StatisticsRead late = run(engine, List.of(location)).get(location);
      sandbox.clock().advance(Duration.ofDays(1));
      run(engine, List.of(location));

      StatGap expected = new StatGap(location, today, today.plusDays(3));
      assertEquals(expected, late.gap().orElseThrow());
      assertEquals(List.of(expected), store.gaps(location));
      List<StatPoint> points = store.series(SeriesQuery.of(location, FIRST_DAY, FIRST_DAY.plusDays(40))).points();
      assertTrue(points.stream().noneMatch(p -> !p.day().isBefore(today) && !p.day().isAfter(today.plusDays(3))),
          "nothing stored for the gap's days");
      Set<LocalDate> days = new HashSet<>();
      points.forEach(p -> days.add(p.day()));
      assertEquals(7 + 7 + 1, days.size(), "7 days, the gap, 7 days, then one more day");
      assertTrue(days.contains(today.plusDays(11)), "the series continues after the gap");
      for (StatPoint p : points) {
        assertEquals(served.get(p.accountId() + "|" + p.metric() + "|" + p.day()), p.value(), p.toString());
      }
      assertEquals(live.size() * METRICS.size() * 15, points.size());
      assertEquals(1, engine.events(EventQuery.all().location(location).types(EventType.STATISTICS_GAP)).size(),
          "the gap is an event of the run that found it");
    }
  }
}
