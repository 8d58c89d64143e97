package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A calendar date as HighLevel sends it ({@code DateSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCalendarDate.class)
@JsonDeserialize(as = ImmutableCalendarDate.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CalendarDate {

  /** @return the year */
  @JsonProperty("year")
  int year();

  /** @return the month, 1 to 12 */
  @JsonProperty("month")
  int month();

  /** @return the day of the month */
  @JsonProperty("day")
  int day();

  /** @return a builder for this type */
  static ImmutableCalendarDate.Builder builder() {
    return ImmutableCalendarDate.builder();
  }
}
