package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One page of {@code POST /social-media-posting/{locationId}/posts/list}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostPage.class)
@JsonDeserialize(as = ImmutablePostPage.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PostPage {

  /** @return the posts of this page */
  @JsonProperty("posts")
  List<Post> posts();

  /** @return HighLevel's {@code count} (observed to be the total number of matching posts) */
  @JsonProperty("count")
  OptionalLong count();

  /**
   * @return the posts of HighLevel's answer that could not be read and are missing from this
   *     value (each was also logged at WARN); empty when every one was readable
   */
  @JsonIgnore
  List<SkippedRecord> skipped();

  /** @return a builder for this type */
  static ImmutablePostPage.Builder builder() {
    return ImmutablePostPage.builder();
  }
}
