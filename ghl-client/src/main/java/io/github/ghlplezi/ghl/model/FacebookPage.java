package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Facebook page of an OAuth account ({@code FacebookPageSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFacebookPage.class)
@JsonDeserialize(as = ImmutableFacebookPage.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface FacebookPage {

  /** @return the page id */
  @JsonProperty("id")
  Optional<String> id();

  /** @return the name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the avatar URL */
  @JsonProperty("avatar")
  Optional<String> avatar();

  /** @return whether the user owns the page */
  @JsonProperty("isOwned")
  Optional<Boolean> owned();

  /** @return whether the page is connected */
  @JsonProperty("isConnected")
  Optional<Boolean> connected();

  /** @return a builder for this type */
  static ImmutableFacebookPage.Builder builder() {
    return ImmutableFacebookPage.builder();
  }
}
