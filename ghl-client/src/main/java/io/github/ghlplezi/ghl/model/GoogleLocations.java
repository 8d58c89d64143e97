package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Google Business Profile locations of an OAuth account.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGoogleLocations.class)
@JsonDeserialize(as = ImmutableGoogleLocations.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GoogleLocations {

  /** @return the locations */
  @JsonProperty("locations")
  List<GoogleLocationEntry> locations();

  /** @return a builder for this type */
  static ImmutableGoogleLocations.Builder builder() {
    return ImmutableGoogleLocations.builder();
  }
}
