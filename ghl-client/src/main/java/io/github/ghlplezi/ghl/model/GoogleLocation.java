package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Google Business Profile location ({@code GoogleLocationSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGoogleLocation.class)
@JsonDeserialize(as = ImmutableGoogleLocation.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GoogleLocation {

  /** @return the resource name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the store code */
  @JsonProperty("storeCode")
  Optional<String> storeCode();

  /** @return the title */
  @JsonProperty("title")
  Optional<String> title();

  /** @return Google's metadata, as sent */
  @JsonProperty("metadata")
  Optional<JsonNode> metadata();

  /** @return the address, as sent */
  @JsonProperty("storefrontAddress")
  Optional<JsonNode> storefrontAddress();

  /** @return relationship data, as sent */
  @JsonProperty("relationshipData")
  Optional<JsonNode> relationshipData();

  /** @return whether the location limit is reached */
  @JsonProperty("maxLocation")
  Optional<Boolean> maxLocation();

  /** @return whether the location is verified */
  @JsonProperty("isVerified")
  Optional<Boolean> verified();

  /** @return whether the location is connected */
  @JsonProperty("isConnected")
  Optional<Boolean> connected();

  /** @return a builder for this type */
  static ImmutableGoogleLocation.Builder builder() {
    return ImmutableGoogleLocation.builder();
  }
}
