package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A time of day ({@code TimeSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeOfDay.class)
@JsonDeserialize(as = ImmutableTimeOfDay.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface TimeOfDay {

  /** @return the hours */
  @JsonProperty("hours")
  int hours();

  /** @return the minutes */
  @JsonProperty("minutes")
  int minutes();

  /** @return the seconds */
  @JsonProperty("seconds")
  int seconds();

  /** @return a builder for this type */
  static ImmutableTimeOfDay.Builder builder() {
    return ImmutableTimeOfDay.builder();
  }
}
