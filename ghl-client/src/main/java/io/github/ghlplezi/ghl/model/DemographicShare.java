package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A share of the audience.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDemographicShare.class)
@JsonDeserialize(as = ImmutableDemographicShare.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DemographicShare {

  /** @return the count */
  @JsonProperty("total")
  @Value.Default
  default double total() {
    return 0;
  }

  /** @return the percentage */
  @JsonProperty("percentage")
  @Value.Default
  default double percentage() {
    return 0;
  }

  /** @return a builder for this type */
  static ImmutableDemographicShare.Builder builder() {
    return ImmutableDemographicShare.builder();
  }
}
