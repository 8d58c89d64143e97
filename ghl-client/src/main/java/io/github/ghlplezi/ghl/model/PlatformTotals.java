package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Per-platform totals with daily series.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlatformTotals.class)
@JsonDeserialize(as = ImmutablePlatformTotals.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PlatformTotals {

  /** @return impressions by platform */
  @JsonProperty("impressions")
  Map<String, PlatformSeries> impressions();

  /** @return followers by platform */
  @JsonProperty("followers")
  Map<String, PlatformSeries> followers();

  /** @return likes by platform */
  @JsonProperty("likes")
  Map<String, PlatformSeries> likes();

  /** @return a builder for this type */
  static ImmutablePlatformTotals.Builder builder() {
    return ImmutablePlatformTotals.builder();
  }
}
