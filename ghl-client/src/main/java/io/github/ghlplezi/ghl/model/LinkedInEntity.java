package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A LinkedIn page or profile of an OAuth account ({@code LinkedInPageSchema}, {@code LinkedInProfileSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLinkedInEntity.class)
@JsonDeserialize(as = ImmutableLinkedInEntity.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface LinkedInEntity {

  /** @return the id */
  @JsonProperty("id")
  Optional<String> id();

  /** @return the name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the avatar URL */
  @JsonProperty("avatar")
  Optional<String> avatar();

  /** @return the LinkedIn URN */
  @JsonProperty("urn")
  Optional<String> urn();

  /** @return whether it is connected */
  @JsonProperty("isConnected")
  Optional<Boolean> connected();

  /** @return a builder for this type */
  static ImmutableLinkedInEntity.Builder builder() {
    return ImmutableLinkedInEntity.builder();
  }
}
