package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.sync.deliver.FieldWrite;
import io.github.ghlplezi.sync.fetch.StatisticsReading;
import io.github.ghlplezi.sync.fetch.StatisticsSource;
import io.github.ghlplezi.sync.stats.AggregateSpec;
import io.github.ghlplezi.sync.stats.SegmentField;
import io.github.ghlplezi.sync.stats.SegmentRules;
import io.github.ghlplezi.sync.stats.Series;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.SnapshotCommit;
import io.github.ghlplezi.sync.stats.StatGap;
import io.github.ghlplezi.sync.stats.StatPoint;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The statistics stream of the engine's run path: what it reads, where it keeps the history, and
 * which Plezi fields it computes from it. Give it to {@link SyncEngine.Builder#statistics}; every
 * {@link SyncEngine#run run} (schedule, webhook, test pull, replay) then reads each selected location's
 * window from the {@link StatisticsSource}, stores one value per (location, account, platform, metric,
 * day) in the {@link StatisticsStore} (re-reading a day replaces it; days no read covered are recorded
 * as a {@link StatGap}, never invented) and writes the configured aggregates and segments through the
 * delivery ledger. A {@link SyncEngine#dryRun dry run} reads but stores and writes nothing.
 *
 * <p>Aggregates cover the 14 days ending on the location's last read day, every account and platform
 * summed. Numbers are rounded to two decimals (half up) and written to Plezi number fields; the last
 * update goes to a date field. A segment field's trigger field is written with
 * {@code <field>=<values>}, so the ledger sends it exactly when the segment changed.
 */
public final class StatisticsStream {

  /** Decimals of the numbers written to Plezi. */
  public static final int DECIMALS = 2;

  private static final SegmentRules NO_SEGMENTS = SegmentRules.load(List.of(), Map.of(), Set.of());

  private final StatisticsSource source;
  private final StatisticsStore history;
  private final List<AggregateSpec> aggregates;
  private final SegmentRules segments;

  private StatisticsStream(StatisticsSource source, StatisticsStore history, List<AggregateSpec> aggregates,
      SegmentRules segments) {
    this.source = Objects.requireNonNull(source, "source");
    this.history = Objects.requireNonNull(history, "history");
    this.aggregates = List.copyOf(aggregates);
    this.segments = Objects.requireNonNull(segments, "segments");
    List<String> problems = new ArrayList<>(AggregateSpec.problems(this.aggregates, source.metrics()));
    Set<String> names = new LinkedHashSet<>();
    this.aggregates.forEach(a -> names.add(a.name()));
    segments.aggregateNames().stream().filter(n -> !names.contains(n)).forEach(n -> problems.add(
        "segment rules use aggregate " + n + ", which is not configured; configured aggregates: " + names));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("statistics configuration: " + String.join("; ", problems));
    }
  }

  /**
   * A stream that keeps the history only (no Plezi field).
   *
   * @param source where each location's window is read ({@code GhlStatisticsSource} in production)
   * @param history where the values are kept ({@code JdbcStatisticsStore} in production)
   * @return the stream
   */
  public static StatisticsStream of(StatisticsSource source, StatisticsStore history) {
    return new StatisticsStream(source, history, List.of(), NO_SEGMENTS);
  }

  /**
   * This stream, also writing aggregates (those with a field key) to Plezi.
   *
   * @param aggregateSpecs the aggregates
   * @return the copy
   * @throws IllegalArgumentException naming every aggregate over a metric the source does not report
   *     (with the metrics it does) and every name used twice
   */
  public StatisticsStream withAggregates(List<AggregateSpec> aggregateSpecs) {
    return new StatisticsStream(source, history, aggregateSpecs, NO_SEGMENTS);
  }

  /**
   * This stream, also writing aggregates and segment fields computed from them and the tags.
   *
   * @param aggregateSpecs the aggregates (those with a field key are written)
   * @param segmentRules validated segment rules over those aggregates ({@link SegmentRules#load})
   * @return the copy
   * @throws IllegalArgumentException naming every aggregate over an unknown metric, every name used
   *     twice and every aggregate the rules use that is not configured
   */
  public StatisticsStream withAggregates(List<AggregateSpec> aggregateSpecs, SegmentRules segmentRules) {
    return new StatisticsStream(source, history, aggregateSpecs, segmentRules);
  }

  /**
   * The history this stream writes, for the embedding application's queries.
   *
   * @return the statistics store
   */
  public StatisticsStore history() {
    return history;
  }

  /**
   * The configured aggregates.
   *
   * @return the aggregates, in order
   */
  public List<AggregateSpec> aggregates() {
    return aggregates;
  }

  /**
   * The aggregate values of a location, computed from the stored history.
   *
   * @param locationId the location
   * @return by aggregate name; empty before the location's first read
   */
  public Map<String, Double> aggregates(String locationId) {
    Optional<LocalDate> last = history.lastReadDay(locationId);
    return last.isEmpty() ? Map.of() : values(window(locationId, last.get()), last.get());
  }

  // ---------------------------------------------------------------- the run path's steps

  /** A read of one location, with what it adds to the history. */
  record Snapshot(String locationId, StatisticsReading reading, List<StatPoint> points, StatGap gap,
      LocalDate referenceDay) {
  }

  /** Fetch: asks the source (its failures are the caller's to classify). */
  StatisticsReading fetch(String locationId, LocalDate today) {
    return source.read(locationId, today);
  }

  /** Transform: the values to store, the gap, the day the aggregates end on. */
  Snapshot snapshot(String locationId, StatisticsReading reading) {
    Optional<LocalDate> lastRead = history.lastReadDay(locationId);
    StatGap gap = StatGap.between(locationId, lastRead.orElse(null), reading.firstDay());
    List<StatPoint> points = reading.values().stream().map(v -> new StatPoint(locationId, v.accountId(),
        v.platform(), v.metric(), v.day(), v.value())).toList();
    LocalDate reference = lastRead.filter(d -> d.isAfter(reading.lastDay())).orElse(reading.lastDay());
    return new Snapshot(locationId, reading, points, gap, reference);
  }

  /** Record: stores the values, the last read day and the gap in one commit. */
  void record(Snapshot snapshot, Instant now) {
    history.record(new SnapshotCommit(snapshot.locationId(), snapshot.reading().lastDay(), snapshot.points(),
        snapshot.gap(), now));
  }

  /** The aggregates after the read (the read laid over the history, so a dry run sees it too). */
  Map<String, Double> values(Snapshot snapshot) {
    Series window = window(snapshot.locationId(), snapshot.referenceDay()).overlay(snapshot.points());
    return values(window, snapshot.referenceDay());
  }

  /** The summary a run reports. */
  StatisticsRead summary(Snapshot snapshot, Map<String, Double> values) {
    StatisticsReading r = snapshot.reading();
    return new StatisticsRead(r.firstDay(), r.lastDay(), snapshot.points().size(), Optional.ofNullable(snapshot.gap()),
        r.skipped(), r.requests(), values);
  }

  /** The Plezi fields of the aggregates and segments (pure). */
  List<FieldWrite> fields(Map<String, Double> values, List<String> tagOptions) {
    List<FieldWrite> out = new ArrayList<>();
    for (AggregateSpec a : aggregates) {
      Double v = values.get(a.name());
      if (a.fieldKey() != null && v != null) {
        out.add(a.kind() == AggregateSpec.Kind.LAST_UPDATE ? FieldWrite.date(a.fieldKey(), LocalDate.ofEpochDay(v.longValue()))
            : FieldWrite.number(a.fieldKey(), number(v)));
      }
    }
    if (values.isEmpty()) {
      return out;
    }
    Map<String, List<String>> segmentValues = segments.evaluate(values, Set.copyOf(tagOptions));
    for (SegmentField field : segments.fields()) {
      List<String> chosen = segmentValues.get(field.fieldKey());
      if (!field.multiSelect() && chosen.isEmpty()) {
        continue;
      }
      out.add(field.multiSelect() ? FieldWrite.multiSelect(field.fieldKey(), chosen)
          : FieldWrite.text(field.fieldKey(), chosen.get(0)));
      field.triggerField().ifPresent(key -> out.add(FieldWrite.text(key,
          field.fieldKey() + "=" + String.join(",", chosen))));
    }
    return out;
  }

  /**
   * A number as it is written to Plezi: {@value #DECIMALS} decimals at most, rounded half up from the
   * shortest decimal text of the double (so {@code 0.1 + 0.2} is {@code 0.3}), no exponent.
   *
   * @param v the value
   * @return the rounded value
   */
  static BigDecimal number(double v) {
    return BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private Series window(String locationId, LocalDate last) {
    return history.series(SeriesQuery.of(locationId, last.minusDays(13), last));
  }

  private Map<String, Double> values(Series window, LocalDate last) {
    Map<String, Double> out = new LinkedHashMap<>();
    aggregates.forEach(a -> a.compute(window, last).ifPresent(v -> out.put(a.name(), v)));
    return out;
  }
}
