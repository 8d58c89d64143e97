package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a Google Business Profile event or offer ends ({@code EndDateSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGmbPostEnd.class)
@JsonDeserialize(as = ImmutableGmbPostEnd.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GmbPostEnd {

  /** @return the end date */
  @JsonProperty("endDate")
  Optional<CalendarDate> endDate();

  /** @return the end time */
  @JsonProperty("endTime")
  Optional<TimeOfDay> endTime();

  /** @return a builder for this type */
  static ImmutableGmbPostEnd.Builder builder() {
    return ImmutableGmbPostEnd.builder();
  }
}
