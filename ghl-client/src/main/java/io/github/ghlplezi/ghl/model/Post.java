package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Social Planner post ({@code GetPostFormattedSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePost.class)
@JsonDeserialize(as = ImmutablePost.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Post {

  /** @return the post id */
  @JsonProperty("_id")
  String id();

  /** @return where the post was created */
  @JsonProperty("source")
  Optional<PostSource> source();

  /** @return the location */
  @JsonProperty("locationId")
  Optional<String> locationId();

  /** @return the platform of this post */
  @JsonProperty("platform")
  Optional<SocialPlatform> platform();

  /** @return the date shown in the planner */
  @JsonProperty("displayDate")
  Optional<Instant> displayDate();

  /** @return when the post was created */
  @JsonProperty("createdAt")
  Optional<Instant> createdAt();

  /** @return when the post was last changed */
  @JsonProperty("updatedAt")
  Optional<Instant> updatedAt();

  /** @return the account the post belongs to */
  @JsonProperty("accountId")
  Optional<String> accountId();

  /** @return why publishing failed */
  @JsonProperty("error")
  Optional<String> error();

  /** @return the id on the social platform */
  @JsonProperty("postId")
  Optional<String> postId();

  /** @return when the post was published (ISO 8601 text, as sent) */
  @JsonProperty("publishedAt")
  Optional<String> publishedAt();

  /** @return the accounts the post targets */
  @JsonProperty("accountIds")
  List<String> accountIds();

  /** @return the post text */
  @JsonProperty("summary")
  Optional<String> summary();

  /** @return the media */
  @JsonProperty("media")
  List<PostMedia> media();

  /** @return the post state */
  @JsonProperty("status")
  Optional<PostStatus> status();

  /** @return the creating user */
  @JsonProperty("createdBy")
  Optional<String> createdBy();

  /** @return post, story or reel */
  @JsonProperty("type")
  Optional<PostType> type();

  /** @return ids of the Social Planner tags of the post */
  @JsonProperty("tags")
  List<String> tags();

  /** @return the link preview */
  @JsonProperty("ogTagsDetails")
  Optional<OgTags> ogTagsDetails();

  /** @return the approval state */
  @JsonProperty("postApprovalDetails")
  Optional<ApprovalDetails> postApprovalDetails();

  /** @return TikTok settings */
  @JsonProperty("tiktokPostDetails")
  Optional<TiktokPostDetails> tiktokPostDetails();

  /** @return Google Business Profile settings */
  @JsonProperty("gmbPostDetails")
  Optional<GmbPostDetails> gmbPostDetails();

  /** @return the user (when requested with includeUsers) */
  @JsonProperty("user")
  Optional<PostUser> user();

  /** @return a builder for this type */
  static ImmutablePost.Builder builder() {
    return ImmutablePost.builder();
  }
}
