package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Aggregated totals of a statistics period.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatisticsTotals.class)
@JsonDeserialize(as = ImmutableStatisticsTotals.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface StatisticsTotals {

  /** @return posts published */
  @JsonProperty("posts")
  @Value.Default
  default double posts() {
    return 0;
  }

  /** @return likes */
  @JsonProperty("likes")
  @Value.Default
  default double likes() {
    return 0;
  }

  /** @return followers */
  @JsonProperty("followers")
  @Value.Default
  default double followers() {
    return 0;
  }

  /** @return impressions */
  @JsonProperty("impressions")
  @Value.Default
  default double impressions() {
    return 0;
  }

  /** @return comments */
  @JsonProperty("comments")
  @Value.Default
  default double comments() {
    return 0;
  }

  /** @return a builder for this type */
  static ImmutableStatisticsTotals.Builder builder() {
    return ImmutableStatisticsTotals.builder();
  }
}
