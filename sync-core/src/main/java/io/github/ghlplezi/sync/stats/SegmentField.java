package io.github.ghlplezi.sync.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Plezi dropdown or multi-select field whose value segment rules compute.
 *
 * @param fieldKey the Plezi field
 * @param multiSelect whether several rules may apply at once (a dropdown takes exactly one value)
 * @param rules the rules, in order
 * @param triggerField a Plezi field written with the new value when the segment changes, or empty
 */
public record SegmentField(String fieldKey, boolean multiSelect, List<SegmentRule> rules,
    Optional<String> triggerField) {

  /**
   * Copies the rules.
   *
   * @param fieldKey the Plezi field
   * @param multiSelect whether several rules may apply at once (a dropdown takes exactly one value)
   * @param rules the rules, in order
   * @param triggerField a Plezi field written with the new value when the segment changes, or empty
   */
  public SegmentField {
    Objects.requireNonNull(fieldKey, "fieldKey");
    Objects.requireNonNull(triggerField, "triggerField");
    rules = List.copyOf(rules);
  }

  /**
   * @param fieldKey the dropdown field
   * @param rules its rules
   * @return a dropdown without a trigger field
   */
  public static SegmentField dropdown(String fieldKey, SegmentRule... rules) {
    return new SegmentField(fieldKey, false, List.of(rules), Optional.empty());
  }

  /**
   * @param key the Plezi field written with the new value when the segment changes
   * @return this field with a trigger field
   */
  public SegmentField withTriggerField(String key) {
    return new SegmentField(fieldKey, multiSelect, rules, Optional.of(key));
  }
}
