package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An X (Twitter) profile of an OAuth account ({@code TwitterProfileSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTwitterProfile.class)
@JsonDeserialize(as = ImmutableTwitterProfile.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface TwitterProfile {

  /** @return the id */
  @JsonProperty("id")
  Optional<String> id();

  /** @return the name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the handle */
  @JsonProperty("username")
  Optional<String> username();

  /** @return the avatar URL */
  @JsonProperty("avatar")
  Optional<String> avatar();

  /** @return whether the profile is protected */
  @JsonProperty("protected")
  Optional<Boolean> isProtected();

  /** @return whether the profile is verified */
  @JsonProperty("verified")
  Optional<Boolean> verified();

  /** @return whether it is connected */
  @JsonProperty("isConnected")
  Optional<Boolean> connected();

  /** @return a builder for this type */
  static ImmutableTwitterProfile.Builder builder() {
    return ImmutableTwitterProfile.builder();
  }
}
