package io.github.ghlplezi.connector.config;

import io.github.ghlplezi.sync.alert.ThresholdRule.Direction;
import io.github.ghlplezi.sync.alert.ThresholdRule.Measure;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;

/**
 * One threshold rule (see sync-core's README-alerts for the once-per-crossing semantics).
 *
 * @param id the rule's name
 * @param metric the statistics metric ({@code impressions}, {@code likes}, {@code followers}, {@code posts})
 * @param measure {@code TOTAL} over the period or {@code CHANGE_PERCENT} against the period before
 * @param days the days per period
 * @param direction {@code AT_OR_ABOVE} or {@code AT_OR_BELOW}
 * @param value the threshold (percent for a change)
 * @param hysteresis how far back past the threshold the value must come to re-arm
 * @param cooldown the shortest time between firing and re-arming
 * @param platform only this platform ({@code null}: all)
 * @param perAccount each account on its own
 * @param locations the location ids watched (empty: all)
 */
public record ThresholdRuleConfig(
    @ConfigDoc(value = "Rule name (lower-case letters, digits, `_.-`)", defaultValue = "required")
    @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_.-]{0,63}", message = "lower-case letters, digits, `_.-`, at most 64")
    String id,
    @ConfigDoc(value = "Metric: `impressions`, `likes`, `followers` or `posts`", defaultValue = "required")
    @NotNull @Pattern(regexp = "impressions|likes|followers|posts", message = "not a stored metric"
        + " (impressions, likes, followers, posts)") String metric,
    @ConfigDoc(value = "`TOTAL` over the period, or `CHANGE_PERCENT` against the period before", defaultValue = "required")
    @NotNull Measure measure,
    @ConfigDoc(value = "Days per period (1-366)", defaultValue = "7")
    @NotNull @Min(1) @Max(366) Integer days,
    @ConfigDoc(value = "`AT_OR_ABOVE` or `AT_OR_BELOW`", defaultValue = "required")
    @NotNull Direction direction,
    @ConfigDoc(value = "The threshold (percent for `CHANGE_PERCENT`)", defaultValue = "required")
    @NotNull Double value,
    @ConfigDoc(value = "How far back past the threshold the value must come to re-arm", defaultValue = "0")
    @NotNull @DecimalMin("0") Double hysteresis,
    @ConfigDoc(value = "Shortest time between firing and re-arming (ISO-8601)", defaultValue = "PT0S")
    @NotNull Duration cooldown,
    @ConfigDoc(value = "Only this platform (`facebook`, `instagram`, ...)", defaultValue = "all")
    @Pattern(regexp = "[a-z]+", message = "a lower-case platform name") String platform,
    @ConfigDoc(value = "Each account on its own", defaultValue = "false")
    @NotNull Boolean perAccount,
    @ConfigDoc(value = "Location ids watched", defaultValue = "all")
    List<@NotNull @LocationId String> locations) {

  /** Fills defaults. */
  public ThresholdRuleConfig {
    days = days == null ? 7 : days;
    hysteresis = hysteresis == null ? 0.0 : hysteresis;
    cooldown = cooldown == null ? Duration.ZERO : cooldown;
    perAccount = perAccount == null ? Boolean.FALSE : perAccount;
    locations = Copies.list(locations);
  }

  /** @return whether the cooldown is not negative */
  @AssertTrue(message = "`cooldown` must not be negative")
  public boolean isCooldownValid() {
    return cooldown == null || !cooldown.isNegative();
  }

  /** @return whether a falling change can reach the threshold */
  @AssertTrue(message = "a change cannot fall below -100 %, so this rule would never fire")
  public boolean isReachable() {
    return measure != Measure.CHANGE_PERCENT || direction != Direction.AT_OR_BELOW || value == null || value >= -100;
  }
}
