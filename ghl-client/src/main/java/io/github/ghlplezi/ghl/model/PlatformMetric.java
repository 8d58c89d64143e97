package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A metric of one platform and its change against the previous period.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlatformMetric.class)
@JsonDeserialize(as = ImmutablePlatformMetric.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PlatformMetric {

  /** @return the value */
  @JsonProperty("value")
  @Value.Default
  default double value() {
    return 0;
  }

  /** @return the percentage change against the previous period (HighLevel sometimes sends it as a string such as {@code "-73.53"}) */
  @JsonProperty("change")
  @Value.Default
  default double change() {
    return 0;
  }

  /** @return a builder for this type */
  static ImmutablePlatformMetric.Builder builder() {
    return ImmutablePlatformMetric.builder();
  }
}
