package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A social media account connected to a location ({@code GetAccountSchema}). Statistics are requested by {@link #profileId()}, not by {@link #id()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSocialAccount.class)
@JsonDeserialize(as = ImmutableSocialAccount.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface SocialAccount {

  /** @return the account id, shaped {@code <oauthId>_<locationId>_<platformAccountId>[_page|_profile]} */
  @JsonProperty("id")
  String id();

  /** @return the id of the OAuth connection the account came from */
  @JsonProperty("oauthId")
  Optional<String> oauthId();

  /** @return the profile id to pass to the statistics operation */
  @JsonProperty("profileId")
  Optional<String> profileId();

  /** @return the account's display name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the social network */
  @JsonProperty("platform")
  Optional<SocialPlatform> platform();

  /** @return the account type (page, profile, location, business, group) */
  @JsonProperty("type")
  Optional<AccountType> type();

  /** @return when the connection's authorization expires */
  @JsonProperty("expire")
  Optional<Instant> expire();

  /** @return whether the connection's authorization has expired */
  @JsonProperty("isExpired")
  @Value.Default
  default boolean expired() {
    return false;
  }

  /** @return platform-specific metadata, as sent */
  @JsonProperty("meta")
  Optional<JsonNode> meta();

  /** @return a builder for this type */
  static ImmutableSocialAccount.Builder builder() {
    return ImmutableSocialAccount.builder();
  }
}
