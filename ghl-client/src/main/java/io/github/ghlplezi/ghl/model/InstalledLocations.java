package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The answer of {@code GET /oauth/installedLocations}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstalledLocations.class)
@JsonDeserialize(as = ImmutableInstalledLocations.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface InstalledLocations {

  /** @return the locations of this page */
  @JsonProperty("locations")
  List<InstalledLocation> locations();

  /** @return the total number of locations under the company */
  @JsonProperty("count")
  OptionalLong count();

  /** @return whether the app installs itself on future locations */
  @JsonProperty("installToFutureLocations")
  Optional<Boolean> installToFutureLocations();

  /** @return a builder for this type */
  static ImmutableInstalledLocations.Builder builder() {
    return ImmutableInstalledLocations.builder();
  }
}
