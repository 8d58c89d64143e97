package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of attach-twitter-profile ({@code AttachTwitterAccountDTO}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachTwitterProfileRequest.class)
@JsonDeserialize(as = ImmutableAttachTwitterProfileRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface AttachTwitterProfileRequest {

  /** @return the id on X */
  @JsonProperty("originId")
  Optional<String> originId();

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

  /** @return the agency id */
  @JsonProperty("companyId")
  Optional<String> companyId();

  /** @return a builder for this type */
  static ImmutableAttachTwitterProfileRequest.Builder builder() {
    return ImmutableAttachTwitterProfileRequest.builder();
  }
}
