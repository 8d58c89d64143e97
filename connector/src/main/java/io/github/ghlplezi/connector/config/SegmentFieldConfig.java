package io.github.ghlplezi.connector.config;

import io.github.ghlplezi.sync.stats.SegmentField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * A Plezi dropdown or multi-select field whose value segment rules compute from the aggregates.
 *
 * @param field the Plezi field
 * @param multiSelect whether several values may apply at once
 * @param options the options the field has in Plezi (Plezi's API cannot list them)
 * @param triggerField a Plezi field written with the new value when the segment changes
 * @param rules the rules, in order
 */
public record SegmentFieldConfig(
    @ConfigDoc(value = "Plezi dropdown or multi-select field", defaultValue = "required")
    @NotNull @Pattern(regexp = "\\S+", message = "must not be blank") String field,
    @ConfigDoc(value = "Several values at once (a dropdown takes exactly one, so its rules must not overlap"
        + " or leave a gap)", defaultValue = "false")
    @NotNull Boolean multiSelect,
    @ConfigDoc(value = "The field's options in Plezi", defaultValue = "required")
    @NotEmpty List<@NotNull @Pattern(regexp = "\\S+", message = "must not be blank") String> options,
    @ConfigDoc("Plezi field written with the new value when the segment changes (a workflow can start on it)")
    @Pattern(regexp = "\\S+", message = "must not be blank") String triggerField,
    @ConfigDoc(value = "The values and when each applies", defaultValue = "required")
    @NotEmpty List<@NotNull @Valid SegmentRuleConfig> rules) {

  /** Fills defaults. */
  public SegmentFieldConfig {
    multiSelect = multiSelect == null ? Boolean.FALSE : multiSelect;
    options = Copies.list(options);
    rules = Copies.list(rules);
  }

  /** @return the engine's segment field */
  SegmentField toField() {
    return new SegmentField(field, multiSelect, rules.stream().map(SegmentRuleConfig::toRule).toList(),
        Optional.ofNullable(triggerField));
  }
}
