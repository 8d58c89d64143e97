package io.github.ghlplezi.sync.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validated segment rules. {@link #load} checks everything at once: unknown fields, values that are
 * not options of their field, conditions on unknown aggregates, and, for dropdowns, inputs where two
 * values apply (overlap) or none does (gap). The check is exact: the conditions are thresholds and
 * tags, so every input falls in one cell of the grid their thresholds draw, and each cell is tried.
 * {@link #evaluate} is a pure function.
 */
public final class SegmentRules {

  /** Beyond this many grid cells per field, the field is refused rather than checked for hours. */
  static final int MAX_CELLS = 1_000_000;

  private final List<SegmentField> fields;

  private SegmentRules(List<SegmentField> fields) {
    this.fields = List.copyOf(fields);
  }

  /** @return the fields, in order */
  public List<SegmentField> fields() {
    return fields;
  }

  /**
   * The aggregates the rules test, for checking them against the configured ones.
   *
   * @return every aggregate name a condition of these rules uses, in rule order
   */
  public Set<String> aggregateNames() {
    Set<String> out = new LinkedHashSet<>();
    fields.forEach(f -> f.rules().forEach(r -> r.anyOf().stream().flatMap(List::stream).map(SegmentRules::aggregateOf)
        .filter(java.util.Objects::nonNull).forEach(out::add)));
    return out;
  }

  /**
   * Validates the rules.
   *
   * @param fields the segment fields and their rules
   * @param fieldOptions the options each Plezi dropdown or multi-select field has (the admin's configuration)
   * @param aggregates the names of the configured aggregates
   * @return the rules
   * @throws SegmentRulesException listing every problem
   */
  public static SegmentRules load(List<SegmentField> fields, Map<String, Set<String>> fieldOptions,
      Set<String> aggregates) {
    List<String> problems = new ArrayList<>();
    for (SegmentField field : fields) {
      Set<String> options = fieldOptions.get(field.fieldKey());
      if (options == null) {
        problems.add("unknown field " + field.fieldKey());
      }
      for (SegmentRule rule : field.rules()) {
        if (options != null && !options.contains(rule.value())) {
          problems.add("field " + field.fieldKey() + ": value " + rule.value() + " is not among its options "
              + new TreeSet<>(options));
        }
        rule.anyOf().stream().flatMap(List::stream).map(SegmentRules::aggregateOf)
            .filter(a -> a != null && !aggregates.contains(a)).distinct()
            .forEach(a -> problems.add("field " + field.fieldKey() + ", value " + rule.value()
                + ": unknown aggregate " + a));
      }
      if (!field.multiSelect()) {
        problems.addAll(coverage(field));
      }
    }
    if (!problems.isEmpty()) {
      throw new SegmentRulesException(problems);
    }
    return new SegmentRules(fields);
  }

  /**
   * The values of every segment field for one location (pure).
   *
   * @param aggregates the location's aggregate values by name (absent: undefined)
   * @param tags the location's tag options
   * @return per field key, the values that apply (a dropdown: at most one)
   */
  public Map<String, List<String>> evaluate(Map<String, Double> aggregates, Set<String> tags) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (SegmentField field : fields) {
      List<String> values = field.rules().stream().filter(r -> r.applies(aggregates, tags))
          .map(SegmentRule::value).distinct().toList();
      out.put(field.fieldKey(), field.multiSelect() || values.isEmpty() ? values : List.of(values.get(0)));
    }
    return out;
  }

  private static String aggregateOf(Condition c) {
    if (c instanceof Condition.AtLeast a) {
      return a.aggregate();
    }
    return c instanceof Condition.Below b ? b.aggregate() : null;
  }

  /** Tries one input per grid cell: every threshold and one value below the lowest, both states of every tag. */
  private static List<String> coverage(SegmentField field) {
    Map<String, TreeSet<Double>> thresholds = new LinkedHashMap<>();
    Set<String> tagNames = new LinkedHashSet<>();
    for (SegmentRule rule : field.rules()) {
      for (Condition c : rule.anyOf().stream().flatMap(List::stream).toList()) {
        if (c instanceof Condition.AtLeast a) {
          thresholds.computeIfAbsent(a.aggregate(), k -> new TreeSet<>()).add(a.threshold());
        } else if (c instanceof Condition.Below b) {
          thresholds.computeIfAbsent(b.aggregate(), k -> new TreeSet<>()).add(b.threshold());
        } else if (c instanceof Condition.Tag t) {
          tagNames.add(t.option());
        }
      }
    }
    List<String> names = new ArrayList<>(thresholds.keySet());
    List<List<Double>> points = new ArrayList<>();
    long cells = 1L << Math.min(tagNames.size(), 40);
    for (String name : names) {
      List<Double> p = new ArrayList<>();
      p.add(thresholds.get(name).first() - 1);
      p.addAll(thresholds.get(name));
      points.add(p);
      cells *= p.size();
    }
    List<String> tags = new ArrayList<>(tagNames);
    if (cells > MAX_CELLS) {
      return List.of("field " + field.fieldKey() + ": too many threshold and tag combinations to check (" + cells + ")");
    }
    Set<String> problems = new LinkedHashSet<>();
    int[] index = new int[names.size()];
    for (long cell = 0; cell < cells; cell++) {
      long rest = cell;
      Map<String, Double> values = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        index[i] = (int) (rest % points.get(i).size());
        rest /= points.get(i).size();
        values.put(names.get(i), points.get(i).get(index[i]));
      }
      Set<String> present = new LinkedHashSet<>();
      for (int t = 0; t < tags.size(); t++) {
        if ((rest >> t & 1) == 1) {
          present.add(tags.get(t));
        }
      }
      List<String> applying = field.rules().stream().filter(r -> r.applies(values, present))
          .map(SegmentRule::value).distinct().toList();
      String at = describe(values, tags, present);
      if (applying.isEmpty()) {
        problems.add("field " + field.fieldKey() + ": gap, no value applies when " + at);
      } else if (applying.size() > 1) {
        problems.add("field " + field.fieldKey() + ": values " + applying + " overlap when " + at);
      }
    }
    return List.copyOf(problems);
  }

  private static String describe(Map<String, Double> values, List<String> tags, Set<String> present) {
    List<String> parts = new ArrayList<>();
    values.forEach((k, v) -> parts.add(k + " = " + String.format(Locale.ROOT, "%s", v)));
    tags.forEach(t -> parts.add((present.contains(t) ? "tag " : "no tag ") + t));
    return parts.isEmpty() ? "always" : String.join(", ", parts);
  }
}
