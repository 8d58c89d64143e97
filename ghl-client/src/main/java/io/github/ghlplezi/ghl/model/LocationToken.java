package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The answer of {@code POST /oauth/locationToken} ({@code GetLocationAccessTokenSuccessfulResponseDto}):
 * a sub-account token minted from an agency token. Tokens are redacted from {@code toString()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocationToken.class)
@JsonDeserialize(as = ImmutableLocationToken.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface LocationToken {

  /** @return the location access token */
  @JsonProperty("access_token")
  @Value.Redacted
  String accessToken();

  /** @return {@code Bearer} */
  @JsonProperty("token_type")
  Optional<String> tokenType();

  /** @return lifetime in seconds */
  @JsonProperty("expires_in")
  OptionalLong expiresIn();

  /** @return a refresh token for this location (documented since 2026-05) */
  @JsonProperty("refresh_token")
  @Value.Redacted
  Optional<String> refreshToken();

  /** @return the granted scopes */
  @JsonProperty("scope")
  Optional<String> scope();

  /** @return the location */
  @JsonProperty("locationId")
  Optional<String> locationId();

  /** @return the plan */
  @JsonProperty("planId")
  Optional<String> planId();

  /** @return the installing user */
  @JsonProperty("userId")
  Optional<String> userId();

  /** @return the app id */
  @JsonProperty("appId")
  Optional<String> appId();

  /** @return the app version id */
  @JsonProperty("versionId")
  Optional<String> versionId();

  /** @return a builder for this type */
  static ImmutableLocationToken.Builder builder() {
    return ImmutableLocationToken.builder();
  }
}
