package io.github.ghlplezi.connector.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Threshold alerts over the statistics history, evaluated after each statistics snapshot. Each fires
 * once per crossing and re-arms when the value comes back.
 *
 * @param engagementDropPercent shorthand: an alert when a location's likes of the last 7 days fall by
 *     this many percent or more against the 7 days before (rule id {@code engagement-drop})
 * @param rules more rules
 */
public record ThresholdsConfig(
    @ConfigDoc("Shorthand: alert when a location's likes of the last 7 days fall by this many percent (0-100) or"
        + " more against the 7 days before")
    @DecimalMin("0") @DecimalMax("100") Double engagementDropPercent,
    @ConfigDoc("Threshold rules")
    List<@NotNull @Valid ThresholdRuleConfig> rules) {

  /** The id of the {@code engagementDropPercent} rule. */
  public static final String ENGAGEMENT_DROP = "engagement-drop";

  /** Fills defaults. */
  public ThresholdsConfig {
    rules = Copies.list(rules);
  }

  /** @return whether no rule reuses the shorthand's id or another rule's id */
  @jakarta.validation.constraints.AssertTrue(message = "rule ids must be distinct (`engagement-drop` is the"
      + " shorthand's)")
  public boolean isIdsDistinct() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    if (engagementDropPercent != null) {
      seen.add(ENGAGEMENT_DROP);
    }
    return rules.stream().filter(r -> r != null && r.id() != null).allMatch(r -> seen.add(r.id()));
  }
}
