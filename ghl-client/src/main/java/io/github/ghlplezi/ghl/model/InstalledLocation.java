package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A location of an agency and whether the app is installed there ({@code InstalledLocationSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstalledLocation.class)
@JsonDeserialize(as = ImmutableInstalledLocation.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface InstalledLocation {

  /** @return the location id */
  @JsonProperty("_id")
  String id();

  /** @return the location name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the address */
  @JsonProperty("address")
  Optional<String> address();

  /** @return whether the app is installed */
  @JsonProperty("isInstalled")
  Optional<Boolean> installed();

  /** @return the installed app version */
  @JsonProperty("versionId")
  Optional<String> versionId();

  /** @return when the app was installed */
  @JsonProperty("installedAt")
  Optional<Instant> installedAt();

  /** @return a builder for this type */
  static ImmutableInstalledLocation.Builder builder() {
    return ImmutableInstalledLocation.builder();
  }
}
