package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post parsed from a CSV import ({@code CSVPostSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCsvPost.class)
@JsonDeserialize(as = ImmutableCsvPost.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CsvPost {

  /**
   * @return the post's id, the one {@code csv().deletePost(csvId, postId)} takes; not declared by
   *     {@code CSVPostSchema}, so empty when HighLevel leaves it out
   */
  @JsonProperty("_id")
  Optional<String> id();

  /** @return the target accounts */
  @JsonProperty("accountIds")
  List<String> accountIds();

  /** @return the link preview */
  @JsonProperty("link")
  Optional<LinkPreview> link();

  /** @return the media */
  @JsonProperty("medias")
  List<CsvMedia> medias();

  /** @return when to publish, as sent */
  @JsonProperty("scheduleDate")
  Optional<String> scheduleDate();

  /** @return the text */
  @JsonProperty("summary")
  Optional<String> summary();

  /** @return the follow-up comment */
  @JsonProperty("followUpComment")
  Optional<String> followUpComment();

  /** @return post, story or reel */
  @JsonProperty("type")
  Optional<PostType> type();

  /** @return TikTok settings */
  @JsonProperty("tiktokPostDetails")
  Optional<TiktokPostDetails> tiktokPostDetails();

  /** @return Google Business Profile settings */
  @JsonProperty("gmbPostDetails")
  Optional<GmbPostDetails> gmbPostDetails();

  /** @return why the row is invalid */
  @JsonProperty("errorMessage")
  Optional<String> errorMessage();

  /** @return a builder for this type */
  static ImmutableCsvPost.Builder builder() {
    return ImmutableCsvPost.builder();
  }
}
