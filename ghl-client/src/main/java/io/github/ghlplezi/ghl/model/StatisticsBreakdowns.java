package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Breakdowns of a statistics period by metric and platform.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatisticsBreakdowns.class)
@JsonDeserialize(as = ImmutableStatisticsBreakdowns.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface StatisticsBreakdowns {

  /** @return posts */
  @JsonProperty("posts")
  @Value.Default
  default MetricBreakdown posts() {
    return ImmutableMetricBreakdown.builder().build();
  }

  /** @return impressions */
  @JsonProperty("impressions")
  @Value.Default
  default MetricBreakdown impressions() {
    return ImmutableMetricBreakdown.builder().build();
  }

  /** @return reach */
  @JsonProperty("reach")
  @Value.Default
  default MetricBreakdown reach() {
    return ImmutableMetricBreakdown.builder().build();
  }

  /** @return engagement by platform */
  @JsonProperty("engagement")
  Map<String, EngagementMetric> engagement();

  /** @return a builder for this type */
  static ImmutableStatisticsBreakdowns.Builder builder() {
    return ImmutableStatisticsBreakdowns.builder();
  }
}
