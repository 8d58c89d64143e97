package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The X (Twitter) profiles of an OAuth account.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTwitterProfiles.class)
@JsonDeserialize(as = ImmutableTwitterProfiles.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface TwitterProfiles {

  /** @return the profiles */
  @JsonProperty("profile")
  List<TwitterProfile> profile();

  /** @return a builder for this type */
  static ImmutableTwitterProfiles.Builder builder() {
    return ImmutableTwitterProfiles.builder();
  }
}
