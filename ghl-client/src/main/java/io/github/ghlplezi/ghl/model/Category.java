package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Social Planner category ({@code CategorySchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCategory.class)
@JsonDeserialize(as = ImmutableCategory.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Category {

  /** @return the category id */
  @JsonProperty("_id")
  String id();

  /** @return the name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the primary colour */
  @JsonProperty("primaryColor")
  Optional<String> primaryColor();

  /** @return the secondary colour */
  @JsonProperty("secondaryColor")
  Optional<String> secondaryColor();

  /** @return the location */
  @JsonProperty("locationId")
  Optional<String> locationId();

  /** @return the creating user */
  @JsonProperty("createdBy")
  Optional<String> createdBy();

  /** @return whether the category was deleted */
  @JsonProperty("deleted")
  @Value.Default
  default boolean deleted() {
    return false;
  }

  /** @return when it was created */
  @JsonProperty("createdAt")
  Optional<Instant> createdAt();

  /** @return when it was last changed */
  @JsonProperty("updatedAt")
  Optional<Instant> updatedAt();

  /** @return a builder for this type */
  static ImmutableCategory.Builder builder() {
    return ImmutableCategory.builder();
  }
}
