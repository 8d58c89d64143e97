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
 * A social account record created by attaching a page, profile or location ({@code SocialMedia*AccountSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConnectedAccount.class)
@JsonDeserialize(as = ImmutableConnectedAccount.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface ConnectedAccount {

  /** @return the record id */
  @JsonProperty("_id")
  String id();

  /** @return the OAuth connection id */
  @JsonProperty("oAuthId")
  Optional<String> oAuthId();

  /** @return the previous id */
  @JsonProperty("oldId")
  Optional<String> oldId();

  /** @return the location */
  @JsonProperty("locationId")
  Optional<String> locationId();

  /** @return the id on the social platform */
  @JsonProperty("originId")
  Optional<String> originId();

  /** @return the social network */
  @JsonProperty("platform")
  Optional<SocialPlatform> platform();

  /** @return the account type */
  @JsonProperty("type")
  Optional<AccountType> type();

  /** @return the display name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the avatar URL */
  @JsonProperty("avatar")
  Optional<String> avatar();

  /** @return platform-specific metadata, as sent */
  @JsonProperty("meta")
  Optional<JsonNode> meta();

  /** @return whether the account is active */
  @JsonProperty("active")
  Optional<Boolean> active();

  /** @return whether the account was deleted */
  @JsonProperty("deleted")
  @Value.Default
  default boolean deleted() {
    return false;
  }

  /** @return when the record was created */
  @JsonProperty("createdAt")
  Optional<Instant> createdAt();

  /** @return when the record was last changed */
  @JsonProperty("updatedAt")
  Optional<Instant> updatedAt();

  /** @return a builder for this type */
  static ImmutableConnectedAccount.Builder builder() {
    return ImmutableConnectedAccount.builder();
  }
}
