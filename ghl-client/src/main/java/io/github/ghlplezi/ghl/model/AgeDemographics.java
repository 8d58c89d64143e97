package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Audience by age bracket.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgeDemographics.class)
@JsonDeserialize(as = ImmutableAgeDemographics.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface AgeDemographics {

  /** @return counts keyed by bracket ({@code 13-17} … {@code 65+}) */
  @JsonProperty("totals")
  Map<String, Double> totals();

  /** @return a builder for this type */
  static ImmutableAgeDemographics.Builder builder() {
    return ImmutableAgeDemographics.builder();
  }
}
