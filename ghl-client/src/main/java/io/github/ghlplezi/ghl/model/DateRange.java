package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A period of time, for statistics requests ({@code startDate} strictly before {@code endDate}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDateRange.class)
@JsonDeserialize(as = ImmutableDateRange.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DateRange {

  /** @return the start of the period */
  @JsonProperty("startDate")
  Instant startDate();

  /** @return the end of the period */
  @JsonProperty("endDate")
  Instant endDate();

  /** Rejects ranges whose end is not after their start. */
  @Value.Check
  default void check() {
    if (!endDate().isAfter(startDate())) {
      throw new GhlInvalidArgumentException("endDate", "must be after startDate");
    }
  }

  /** @return a builder for this type */
  static ImmutableDateRange.Builder builder() {
    return ImmutableDateRange.builder();
  }
}
