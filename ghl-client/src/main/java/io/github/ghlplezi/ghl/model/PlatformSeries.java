package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A platform's total and daily series.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlatformSeries.class)
@JsonDeserialize(as = ImmutablePlatformSeries.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PlatformSeries {

  /** @return the total */
  @JsonProperty("total")
  @Value.Default
  default double total() {
    return 0;
  }

  /** @return the value per day */
  @JsonProperty("series")
  List<Double> series();

  /** @return a builder for this type */
  static ImmutablePlatformSeries.Builder builder() {
    return ImmutablePlatformSeries.builder();
  }
}
