package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Audience demographics.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDemographics.class)
@JsonDeserialize(as = ImmutableDemographics.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Demographics {

  /** @return by gender */
  @JsonProperty("gender")
  @Value.Default
  default GenderDemographics gender() {
    return ImmutableGenderDemographics.builder().build();
  }

  /** @return by age bracket */
  @JsonProperty("age")
  @Value.Default
  default AgeDemographics age() {
    return ImmutableAgeDemographics.builder().build();
  }

  /** @return a builder for this type */
  static ImmutableDemographics.Builder builder() {
    return ImmutableDemographics.builder();
  }
}
