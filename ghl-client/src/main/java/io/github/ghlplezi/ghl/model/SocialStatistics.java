package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@code POST /social-media-posting/statistics}: the metrics of the requested
 * accounts for the last 7 days compared with the 7 days before. Every absent section reads as
 * empty or zero.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSocialStatistics.class)
@JsonDeserialize(as = ImmutableSocialStatistics.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface SocialStatistics {

  /** @return day labels, one per daily bucket (rolling, for example {@code Sat} … {@code Fri}) */
  @JsonProperty("dayRange")
  List<String> dayRange();

  /** @return aggregated totals */
  @JsonProperty("totals")
  @Value.Default
  default StatisticsTotals totals() {
    return ImmutableStatisticsTotals.builder().build();
  }

  /** @return daily series */
  @JsonProperty("postPerformance")
  @Value.Default
  default PostPerformance postPerformance() {
    return ImmutablePostPerformance.builder().build();
  }

  /** @return breakdowns by metric and platform */
  @JsonProperty("breakdowns")
  @Value.Default
  default StatisticsBreakdowns breakdowns() {
    return ImmutableStatisticsBreakdowns.builder().build();
  }

  /** @return per-platform totals and series */
  @JsonProperty("platformTotals")
  @Value.Default
  default PlatformTotals platformTotals() {
    return ImmutablePlatformTotals.builder().build();
  }

  /** @return audience demographics */
  @JsonProperty("demographics")
  @Value.Default
  default Demographics demographics() {
    return ImmutableDemographics.builder().build();
  }

  /** @return the bucket size HighLevel reports (observed: {@code daily}; not in the specification) */
  @JsonProperty("grouping")
  Optional<String> grouping();

  /** @return HighLevel's message, for example {@code Analytics Built Successfully} */
  @JsonProperty("message")
  Optional<String> message();

  /** @return HighLevel's trace id of the request */
  @JsonProperty("traceId")
  Optional<String> traceId();

  /** @return a builder for this type */
  static ImmutableSocialStatistics.Builder builder() {
    return ImmutableSocialStatistics.builder();
  }
}
