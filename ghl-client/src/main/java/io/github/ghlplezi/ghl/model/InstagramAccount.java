package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Instagram account of an OAuth account ({@code InstagramAccountSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstagramAccount.class)
@JsonDeserialize(as = ImmutableInstagramAccount.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface InstagramAccount {

  /** @return the account id */
  @JsonProperty("id")
  Optional<String> id();

  /** @return the name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the avatar URL */
  @JsonProperty("avatar")
  Optional<String> avatar();

  /** @return the linked Facebook page id */
  @JsonProperty("pageId")
  Optional<String> pageId();

  /** @return whether the account is connected */
  @JsonProperty("isConnected")
  Optional<Boolean> connected();

  /** @return a builder for this type */
  static ImmutableInstagramAccount.Builder builder() {
    return ImmutableInstagramAccount.builder();
  }
}
