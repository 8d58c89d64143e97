package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of a {@code GET /social-media-posting/oauth/<platform>/start} operation. The operation
 * starts the social network's consent flow; HighLevel documents a 200 without a body. Redirects
 * are not followed: a redirect target is reported in {@link #redirectUrl()} for the caller to
 * open in a browser.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSocialOAuthStart.class)
@JsonDeserialize(as = ImmutableSocialOAuthStart.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface SocialOAuthStart {

  /** @return the HTTP status */
  @JsonProperty("status")
  int status();

  /** @return the {@code Location} header of a redirect */
  @JsonProperty("redirectUrl")
  Optional<String> redirectUrl();

  /** @return the response body, when there was one */
  @JsonProperty("body")
  Optional<String> body();

  /** @return a builder for this type */
  static ImmutableSocialOAuthStart.Builder builder() {
    return ImmutableSocialOAuthStart.builder();
  }
}
