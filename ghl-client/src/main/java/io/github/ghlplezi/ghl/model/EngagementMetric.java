package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Engagement of one platform.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEngagementMetric.class)
@JsonDeserialize(as = ImmutableEngagementMetric.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface EngagementMetric {

  /** @return likes */
  @JsonProperty("likes")
  @Value.Default
  default double likes() {
    return 0;
  }

  /** @return comments */
  @JsonProperty("comments")
  @Value.Default
  default double comments() {
    return 0;
  }

  /** @return shares */
  @JsonProperty("shares")
  @Value.Default
  default double shares() {
    return 0;
  }

  /** @return percentage change against the previous period */
  @JsonProperty("change")
  @Value.Default
  default double change() {
    return 0;
  }

  /** @return a builder for this type */
  static ImmutableEngagementMetric.Builder builder() {
    return ImmutableEngagementMetric.builder();
  }
}
