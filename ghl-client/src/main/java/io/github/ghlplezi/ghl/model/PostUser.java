package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The HighLevel user attached to a post ({@code PostUserSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostUser.class)
@JsonDeserialize(as = ImmutablePostUser.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PostUser {

  /** @return the user id */
  @JsonProperty("id")
  Optional<String> id();

  /** @return the title */
  @JsonProperty("title")
  Optional<String> title();

  /** @return the first name */
  @JsonProperty("firstName")
  Optional<String> firstName();

  /** @return the last name */
  @JsonProperty("lastName")
  Optional<String> lastName();

  /** @return the photo URL */
  @JsonProperty("profilePhoto")
  Optional<String> profilePhoto();

  /** @return the phone number */
  @JsonProperty("phone")
  Optional<String> phone();

  /** @return the e-mail address */
  @JsonProperty("email")
  Optional<String> email();

  /** @return a builder for this type */
  static ImmutablePostUser.Builder builder() {
    return ImmutablePostUser.builder();
  }
}
