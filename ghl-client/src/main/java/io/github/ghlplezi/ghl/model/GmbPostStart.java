package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a Google Business Profile event or offer starts ({@code StartDateSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGmbPostStart.class)
@JsonDeserialize(as = ImmutableGmbPostStart.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GmbPostStart {

  /** @return the start date */
  @JsonProperty("startDate")
  Optional<CalendarDate> startDate();

  /** @return the start time */
  @JsonProperty("startTime")
  Optional<TimeOfDay> startTime();

  /** @return a builder for this type */
  static ImmutableGmbPostStart.Builder builder() {
    return ImmutableGmbPostStart.builder();
  }
}
