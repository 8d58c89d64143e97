package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Audience by gender.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGenderDemographics.class)
@JsonDeserialize(as = ImmutableGenderDemographics.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GenderDemographics {

  /** @return shares keyed {@code male}, {@code female}, {@code unknown} */
  @JsonProperty("totals")
  Map<String, DemographicShare> totals();

  /** @return a builder for this type */
  static ImmutableGenderDemographics.Builder builder() {
    return ImmutableGenderDemographics.builder();
  }
}
