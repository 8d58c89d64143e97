package io.github.ghlplezi.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.stats.Series;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.SnapshotCommit;
import io.github.ghlplezi.sync.stats.StatGap;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link StatisticsStore} shares; run on memory, H2 and embedded PostgreSQL. */
abstract class StatisticsStoreContract {

  private static final LocalDate D = LocalDate.of(2026, 3, 1);

  abstract StatisticsStore store();

  private static String location() {
    return "loc-" + UUID.randomUUID();
  }

  private static List<StatPoint> days(String location, String account, String metric, LocalDate first, int n,
      double start) {
    List<StatPoint> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new StatPoint(location, account, "facebook", metric, first.plusDays(i), start + i));
    }
    return out;
  }

  @Test
  void re_reading_a_day_replaces_its_value_and_never_duplicates_it() {
    String loc = location();
    store().record(new SnapshotCommit(loc, D.plusDays(6), days(loc, "a1", "likes", D, 7, 10), null, Instant.EPOCH));
    store().record(new SnapshotCommit(loc, D.plusDays(7), days(loc, "a1", "likes", D.plusDays(1), 7, 100), null,
        Instant.EPOCH));

    List<StatPoint> points = store().series(SeriesQuery.of(loc, D, D.plusDays(30))).points();

    assertEquals(8, points.size());
    assertEquals(10.0, points.get(0).value());
    assertEquals(100.0, points.get(1).value(), "the second read replaced the day");
    assertEquals(106.0, points.get(7).value());
    assertEquals(Optional.of(D.plusDays(7)), store().lastReadDay(loc));
  }

  @Test
  void the_last_read_day_never_moves_back_and_gaps_are_kept_oldest_first() {
    String loc = location();
    store().record(new SnapshotCommit(loc, D.plusDays(40), List.of(), new StatGap(loc, D.plusDays(20), D.plusDays(30)),
        Instant.EPOCH));
    store().record(new SnapshotCommit(loc, D.plusDays(10), List.of(), new StatGap(loc, D, D.plusDays(2)),
        Instant.EPOCH));

    assertEquals(Optional.of(D.plusDays(40)), store().lastReadDay(loc));
    assertEquals(List.of(new StatGap(loc, D, D.plusDays(2)), new StatGap(loc, D.plusDays(20), D.plusDays(30))),
        store().gaps(loc));
    assertEquals(Optional.empty(), store().lastReadDay(location()));
  }

  @Test
  void a_query_filters_by_account_platform_metric_and_both_ends_of_the_range() {
    String loc = location();
    List<StatPoint> points = new ArrayList<>(days(loc, "a1", "likes", D, 14, 1));
    points.addAll(days(loc, "a1", "impressions", D, 14, 1000));
    points.addAll(days(loc, "a2", "likes", D, 14, 50));
    points.add(new StatPoint(loc, "a3", "instagram", "likes", D, 7));
    points.add(new StatPoint(location(), "a1", "facebook", "likes", D, 999));
    store().record(new SnapshotCommit(loc, D.plusDays(13), points, null, Instant.EPOCH));

    Series likes = store().series(SeriesQuery.of(loc, D.plusDays(1), D.plusDays(3)).account("a1").metric("likes"));
    Series instagram = store().series(SeriesQuery.of(loc, D, D.plusDays(13)).platform("instagram"));

    assertEquals(List.of(2.0, 3.0, 4.0), likes.points().stream().map(StatPoint::value).toList());
    assertEquals(9.0, likes.total());
    assertEquals(List.of("a3"), instagram.points().stream().map(StatPoint::accountId).toList());
    assertEquals(14 * 3 + 1, store().series(SeriesQuery.of(loc, D, D.plusDays(13))).points().size());
  }

  @Test
  void week_over_week_compares_the_7_days_ending_on_a_day_with_the_7_before() {
    String loc = location();
    List<StatPoint> points = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      points.add(new StatPoint(loc, "a1", "facebook", "likes", D.plusDays(i), i < 7 ? 10 : 13));
    }
    store().record(new SnapshotCommit(loc, D.plusDays(13), points, null, Instant.EPOCH));

    Series series = store().series(SeriesQuery.of(loc, D, D.plusDays(13)).metric("likes"));

    assertEquals(30.0, series.weekOverWeek(D.plusDays(13)).orElseThrow(), 1e-9);
    assertTrue(series.weekOverWeek(D.plusDays(6)).isEmpty(), "no previous week: no change");
    assertEquals(70.0, series.total(D, D.plusDays(6)));
  }

  @Test
  void csv_export_has_a_header_one_line_per_point_and_quotes_what_needs_it() {
    String loc = location();
    store().record(new SnapshotCommit(loc, D, List.of(new StatPoint(loc, "a,\"1\"", "facebook", "likes", D, -73.53),
        new StatPoint(loc, "a2", "facebook", "likes", D, 12)), null, Instant.EPOCH));

    String csv = store().series(SeriesQuery.of(loc, D, D)).toCsv();

    assertEquals("location_id,account_id,platform,metric,day,value\r\n"
        + loc + ",\"a,\"\"1\"\"\",facebook,likes,2026-03-01,-73.53\r\n"
        + loc + ",a2,facebook,likes,2026-03-01,12\r\n", csv);
  }
}
