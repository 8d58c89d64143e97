package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The answer of bulk-delete-social-planner-posts.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBulkDeleteResult.class)
@JsonDeserialize(as = ImmutableBulkDeleteResult.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface BulkDeleteResult {

  /** @return HighLevel's message */
  @JsonProperty("message")
  Optional<String> message();

  /** @return how many posts were deleted */
  @JsonProperty("deletedCount")
  OptionalLong deletedCount();

  /** @return a builder for this type */
  static ImmutableBulkDeleteResult.Builder builder() {
    return ImmutableBulkDeleteResult.builder();
  }
}
