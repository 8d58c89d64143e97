package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The answer of {@code POST /oauth/token} ({@code GetAccessCodeSuccessfulResponseDto}). The refresh
 * token is single-use: persist the new one before using the access token. Tokens are redacted
 * from {@code toString()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOAuthTokens.class)
@JsonDeserialize(as = ImmutableOAuthTokens.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface OAuthTokens {

  /** @return the access token (24 h) */
  @JsonProperty("access_token")
  @Value.Redacted
  String accessToken();

  /** @return {@code Bearer} */
  @JsonProperty("token_type")
  Optional<String> tokenType();

  /** @return the access token lifetime in seconds (86399) */
  @JsonProperty("expires_in")
  OptionalLong expiresIn();

  /** @return the single-use refresh token */
  @JsonProperty("refresh_token")
  @Value.Redacted
  Optional<String> refreshToken();

  /** @return the granted scopes, space-separated */
  @JsonProperty("scope")
  Optional<String> scope();

  /** @return Company (agency) or Location (sub-account) */
  @JsonProperty("userType")
  Optional<UserType> userType();

  /** @return the location of a sub-account token */
  @JsonProperty("locationId")
  Optional<String> locationId();

  /** @return the agency id */
  @JsonProperty("companyId")
  Optional<String> companyId();

  /** @return locations an agency token may mint location tokens for */
  @JsonProperty("approvedLocations")
  List<String> approvedLocations();

  /** @return the user who installed the app */
  @JsonProperty("userId")
  Optional<String> userId();

  /** @return the plan of a paid app */
  @JsonProperty("planId")
  Optional<String> planId();

  /** @return whether the install was a bulk install */
  @JsonProperty("isBulkInstallation")
  Optional<Boolean> bulkInstallation();

  /** @return whether the app installs itself on future locations (agency tokens) */
  @JsonProperty("installToFutureLocations")
  Optional<Boolean> installToFutureLocations();

  /** @return whether all locations were approved (agency tokens) */
  @JsonProperty("approveAllLocations")
  Optional<Boolean> approveAllLocations();

  /** @return the refresh token's id (sent by HighLevel, not in the specification) */
  @JsonProperty("refreshTokenId")
  Optional<String> refreshTokenId();

  /** @return a builder for this type */
  static ImmutableOAuthTokens.Builder builder() {
    return ImmutableOAuthTokens.builder();
  }
}
