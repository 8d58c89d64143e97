package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.sync.deliver.FieldWrite;
import io.github.ghlplezi.sync.stats.AggregateSpec;
import io.github.ghlplezi.sync.stats.SegmentField;
import io.github.ghlplezi.sync.stats.SegmentRules;
import io.github.ghlplezi.sync.stats.SeriesQuery;
import io.github.ghlplezi.sync.stats.StatisticsStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The statistics stream's Plezi fields, as {@link LocationFields} for the engine's run path: the
 * configured aggregates of the 14 days ending on the location's last read day (numbers as text, the
 * last update as a date), and the segment fields the rules compute from those aggregates and the
 * tags. A segment field's trigger field is written with {@code <field>=<values>}: the ledger sends it
 * exactly when the segment changed. A location never read yet gets no field.
 */
public final class StatisticsFields implements LocationFields {

  private final StatisticsStore store;
  private final List<AggregateSpec> aggregates;
  private final SegmentRules segments;

  /**
   * @param store the history the statistics stream writes
   * @param aggregates the configured aggregates (those with a field key are written)
   * @param segments validated segment rules over those aggregates ({@link SegmentRules#load})
   */
  public StatisticsFields(StatisticsStore store, List<AggregateSpec> aggregates, SegmentRules segments) {
    this.store = Objects.requireNonNull(store, "store");
    this.aggregates = List.copyOf(aggregates);
    this.segments = Objects.requireNonNull(segments, "segments");
  }

  /**
   * The aggregate values of a location (pure over the stored series).
   *
   * @param locationId the location
   * @return by aggregate name; empty before the location's first read
   */
  public Map<String, Double> aggregates(String locationId) {
    Optional<LocalDate> last = store.lastReadDay(locationId);
    Map<String, Double> out = new LinkedHashMap<>();
    if (last.isPresent()) {
      var series = store.series(SeriesQuery.of(locationId, last.get().minusDays(13), last.get()));
      aggregates.forEach(a -> a.compute(series, last.get()).ifPresent(v -> out.put(a.name(), v)));
    }
    return out;
  }

  @Override
  public List<FieldWrite> fields(String locationId, List<String> tagOptions) {
    Map<String, Double> values = aggregates(locationId);
    if (values.isEmpty()) {
      return List.of();
    }
    List<FieldWrite> out = new ArrayList<>();
    for (AggregateSpec a : aggregates) {
      Double v = values.get(a.name());
      if (a.fieldKey() != null && v != null) {
        out.add(a.kind() == AggregateSpec.Kind.LAST_UPDATE
            ? new FieldWrite(a.fieldKey(), FieldWrite.Kind.DATE, List.of(LocalDate.ofEpochDay(v.longValue()).toString()))
            : new FieldWrite(a.fieldKey(), FieldWrite.Kind.TEXT, List.of(number(v))));
      }
    }
    Map<String, List<String>> segmentValues = segments.evaluate(values, Set.copyOf(tagOptions));
    for (SegmentField field : segments.fields()) {
      List<String> chosen = segmentValues.get(field.fieldKey());
      if (!field.multiSelect() && chosen.isEmpty()) {
        continue;
      }
      out.add(field.multiSelect() ? FieldWrite.multiSelect(field.fieldKey(), chosen)
          : new FieldWrite(field.fieldKey(), FieldWrite.Kind.TEXT, chosen));
      field.triggerField().ifPresent(key -> out.add(new FieldWrite(key, FieldWrite.Kind.TEXT,
          List.of(field.fieldKey() + "=" + String.join(",", chosen)))));
    }
    return out;
  }

  /** Integers without decimals, others with two (Plezi number fields). */
  static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
