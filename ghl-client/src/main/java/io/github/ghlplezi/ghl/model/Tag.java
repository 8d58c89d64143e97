package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Social Planner tag of a location ({@code SocialMediaTagSchema}). Tags are soft-deleted: a deleted tag keeps its id and has {@link #deleted()} set.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTag.class)
@JsonDeserialize(as = ImmutableTag.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Tag {

  /** @return the tag id (a MongoDB ObjectId) */
  @JsonProperty("_id")
  String id();

  /** @return the tag text */
  @JsonProperty("tag")
  String name();

  /** @return the location the tag belongs to */
  @JsonProperty("locationId")
  Optional<String> locationId();

  /** @return the id of the user who created the tag */
  @JsonProperty("createdBy")
  Optional<String> createdBy();

  /** @return whether the tag was deleted */
  @JsonProperty("deleted")
  @Value.Default
  default boolean deleted() {
    return false;
  }

  /** @return when the tag was created */
  @JsonProperty("createdAt")
  Optional<Instant> createdAt();

  /** @return when the tag was last changed */
  @JsonProperty("updatedAt")
  Optional<Instant> updatedAt();

  /** @return a builder for this type */
  static ImmutableTag.Builder builder() {
    return ImmutableTag.builder();
  }
}
