package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Google location and its account ({@code GetGoogleLocationSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGoogleLocationEntry.class)
@JsonDeserialize(as = ImmutableGoogleLocationEntry.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GoogleLocationEntry {

  /** @return the location */
  @JsonProperty("location")
  Optional<GoogleLocation> location();

  /** @return the account */
  @JsonProperty("account")
  Optional<GoogleAccount> account();

  /** @return a builder for this type */
  static ImmutableGoogleLocationEntry.Builder builder() {
    return ImmutableGoogleLocationEntry.builder();
  }
}
