package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query parameters of the {@code oauth/<platform>/start} operations.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStartSocialOAuthRequest.class)
@JsonDeserialize(as = ImmutableStartSocialOAuthRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface StartSocialOAuthRequest {

  /** @return the HighLevel user starting the connection */
  @JsonProperty("userId")
  String userId();

  /** @return the page to return to */
  @JsonProperty("page")
  Optional<String> page();

  /** @return whether an existing connection is renewed */
  @JsonProperty("reconnect")
  Optional<Boolean> reconnect();

  /** @return a builder for this type */
  static ImmutableStartSocialOAuthRequest.Builder builder() {
    return ImmutableStartSocialOAuthRequest.builder();
  }
}
