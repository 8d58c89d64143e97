package io.github.ghlplezi.notify.digest;

import io.github.ghlplezi.sync.events.EventQuery;
import io.github.ghlplezi.sync.events.EventType;
import io.github.ghlplezi.sync.events.SyncEvent;
import io.github.ghlplezi.sync.stats.Series;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import io.github.ghlplezi.sync.store.SyncStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads what a digest says from the engine's stores: the statistics history for the numbers and
 * the chart, the event log for tag changes, alerts ({@code ALERT_RAISED}) and sync health, the
 * dead letters for what still waits for a person. Statistics days are UTC days; events are taken
 * from Monday 00:00 to Monday 00:00 in the recipient's zone.
 */
public final class DigestAssembler {

  private static final Duration HEALTH_LOOKBACK = Duration.ofDays(35);

  private final StatisticsStore statistics;
  private final SyncStore events;
  private final List<DigestMetric> metrics;
  private final DigestMetric chartMetric;

  /**
   * An assembler showing {@link DigestMetric#defaults()} and charting engagement (likes).
   *
   * @param statistics the statistics history
   * @param events the engine's store (event log and dead letters)
   */
  public DigestAssembler(StatisticsStore statistics, SyncStore events) {
    this(statistics, events, DigestMetric.defaults(), DigestMetric.defaults().get(1));
  }

  /**
   * An assembler with chosen metrics.
   *
   * @param statistics the statistics history
   * @param events the engine's store (event log and dead letters)
   * @param metrics the metrics shown, in order
   * @param chartMetric the metric charted per day (summed over accounts and platforms)
   */
  public DigestAssembler(StatisticsStore statistics, SyncStore events, List<DigestMetric> metrics,
      DigestMetric chartMetric) {
    this.statistics = Objects.requireNonNull(statistics, "statistics");
    this.events = Objects.requireNonNull(events, "events");
    this.metrics = List.copyOf(metrics);
    this.chartMetric = Objects.requireNonNull(chartMetric, "chartMetric");
  }

  /**
   * Assembles one recipient's digest of one week.
   *
   * @param recipient the recipient
   * @param week the week reported
   * @param generatedAt when (for the digest's footer)
   * @return the digest
   */
  public Digest assemble(DigestRecipient recipient, DigestWeek week, Instant generatedAt) {
    ZoneId zone = recipient.zone();
    ZonedDateTime from = week.monday().atStartOfDay(zone);
    ZonedDateTime to = week.monday().plusDays(7).atStartOfDay(zone);
    List<LocationDigest> locations = new ArrayList<>();
    for (DigestLocation location : recipient.locations()) {
      locations.add(location(location, week, from.toInstant(), to.toInstant(), zone));
    }
    return new Digest(recipient, week, from, to, generatedAt, locations);
  }

  private LocationDigest location(DigestLocation location, DigestWeek week, Instant from, Instant to, ZoneId zone) {
    LocalDate monday = week.monday();
    Series series = statistics.series(SeriesQuery.of(location.id(), monday.minusDays(7), week.sunday()));
    List<MetricLine> lines = new ArrayList<>();
    for (DigestMetric metric : metrics) {
      lines.add(new MetricLine(metric.metric(), metric.label(),
          value(series, metric, monday, week.sunday()), value(series, metric, monday.minusDays(7), monday.minusDays(1))));
    }
    List<Double> thisWeek = new ArrayList<>();
    List<Double> lastWeek = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      thisWeek.add(daily(series, chartMetric.metric(), monday.plusDays(d)));
      lastWeek.add(daily(series, chartMetric.metric(), monday.minusDays(7 - d)));
    }

    EventQuery week7 = EventQuery.all().location(location.id()).between(from, to);
    List<TagChangeLine> tags = new ArrayList<>();
    for (SyncEvent e : events.events(week7.types(EventType.TAG_CREATED, EventType.TAG_RENAMED,
        EventType.TAG_DELETED, EventType.TAG_RESTORED))) {
      String kind = e.type().name().substring("TAG_".length()).toLowerCase(Locale.ROOT);
      tags.add(new TagChangeLine(e.at().atZone(zone), kind, tagText(e.detail())));
    }
    List<AlertLine> alerts = events.events(week7.types(EventType.ALERT_RAISED)).stream()
        .map(e -> AlertLine.of(e.at().atZone(zone), e.detail())).toList();
    return new LocationDigest(location, lines, chartMetric.label(), thisWeek, lastWeek, tags, alerts,
        health(location.id(), week7, from, to, zone));
  }

  private SyncHealth health(String locationId, EventQuery week7, Instant from, Instant to, ZoneId zone) {
    int syncs = 0;
    int failures = 0;
    int deadLetters = 0;
    String lastFailure = null;
    for (SyncEvent e : events.events(week7.types(EventType.LOCATION_SYNCED, EventType.LOCATION_FAILED,
        EventType.DEAD_LETTER))) {
      switch (e.type()) {
        case LOCATION_SYNCED -> syncs++;
        case LOCATION_FAILED -> {
          failures++;
          lastFailure = e.detail();
        }
        default -> deadLetters++;
      }
    }
    List<SyncEvent> synced = events.events(EventQuery.all().location(locationId)
        .between(from.minus(HEALTH_LOOKBACK), to).types(EventType.LOCATION_SYNCED));
    ZonedDateTime lastSuccess = synced.isEmpty() ? null : synced.get(synced.size() - 1).at().atZone(zone);
    int open = (int) events.deadLetters().stream()
        .filter(d -> d.open() && d.mapping().locationId().equals(locationId)).count();
    return new SyncHealth(lastSuccess, syncs, failures, deadLetters, open, lastFailure);
  }

  private static double value(Series series, DigestMetric metric, LocalDate first, LocalDate last) {
    List<StatPoint> points = series.points().stream().filter(p -> p.metric().equals(metric.metric()))
        .filter(p -> !p.day().isBefore(first) && !p.day().isAfter(last)).toList();
    if (metric.aggregation() == DigestMetric.Aggregation.SUM) {
      return points.stream().mapToDouble(StatPoint::value).sum();
    }
    Map<String, StatPoint> latest = new LinkedHashMap<>();
    for (StatPoint p : points) {
      latest.merge(p.accountId() + '\u0000' + p.platform(), p, (a, b) -> b.day().isAfter(a.day()) ? b : a);
    }
    return latest.values().stream().mapToDouble(StatPoint::value).sum();
  }

  private static double daily(Series series, String metric, LocalDate day) {
    return series.points().stream().filter(p -> p.metric().equals(metric) && p.day().equals(day))
        .mapToDouble(StatPoint::value).sum();
  }

  /** The engine writes {@code renamed <tagId> 'old' -> 'new'}: keep the names, drop the kind and id. */
  static String tagText(String detail) {
    int quote = detail.indexOf('\'');
    return quote >= 0 ? detail.substring(quote) : detail;
  }
}
