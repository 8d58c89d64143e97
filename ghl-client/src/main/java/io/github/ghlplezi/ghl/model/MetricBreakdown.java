package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A metric's total, change and per-platform values.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetricBreakdown.class)
@JsonDeserialize(as = ImmutableMetricBreakdown.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface MetricBreakdown {

  /** @return the total */
  @JsonProperty("total")
  @Value.Default
  default double total() {
    return 0;
  }

  /** @return the percentage change of the total against the previous period */
  @JsonProperty("totalChange")
  @Value.Default
  default double totalChange() {
    return 0;
  }

  /** @return values by platform */
  @JsonProperty("platforms")
  Map<String, PlatformMetric> platforms();

  /** @return a builder for this type */
  static ImmutableMetricBreakdown.Builder builder() {
    return ImmutableMetricBreakdown.builder();
  }
}
