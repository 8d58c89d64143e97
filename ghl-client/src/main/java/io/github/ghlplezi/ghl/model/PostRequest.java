package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of create-post ({@code CreatePostDTO}) and edit-post ({@code PostCreateRequest}). Creating
 * requires {@link #type()}, at least one account id and {@link #userId()}; the client checks that
 * before sending.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostRequest.class)
@JsonDeserialize(as = ImmutablePostRequest.class)
// NON_ABSENT, not the client's NON_EMPTY: empty lists must reach HighLevel on an edit to clear
// the field (edit-post replaces the post)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PostRequest {

  /** @return the accounts to publish to */
  @JsonProperty("accountIds")
  List<String> accountIds();

  /** @return the post text */
  @JsonProperty("summary")
  Optional<String> summary();

  /** @return the media */
  @JsonProperty("media")
  List<PostMedia> media();

  /** @return the state to create the post in (for example draft or scheduled) */
  @JsonProperty("status")
  Optional<PostStatus> status();

  /** @return when to publish */
  @JsonProperty("scheduleDate")
  Optional<Instant> scheduleDate();

  /** @return the creating user */
  @JsonProperty("createdBy")
  Optional<String> createdBy();

  /** @return a comment posted after the post */
  @JsonProperty("followUpComment")
  Optional<String> followUpComment();

  /** @return the link preview */
  @JsonProperty("ogTagsDetails")
  Optional<OgTags> ogTagsDetails();

  /** @return post, story or reel */
  @JsonProperty("type")
  PostType type();

  /** @return approval settings */
  @JsonProperty("postApprovalDetails")
  Optional<PostApproval> postApprovalDetails();

  /** @return whether the schedule time was changed */
  @JsonProperty("scheduleTimeUpdated")
  Optional<Boolean> scheduleTimeUpdated();

  /** @return ids of Social Planner tags */
  @JsonProperty("tags")
  List<String> tags();

  /** @return the category id */
  @JsonProperty("categoryId")
  Optional<String> categoryId();

  /** @return TikTok settings */
  @JsonProperty("tiktokPostDetails")
  Optional<TiktokPostDetails> tiktokPostDetails();

  /** @return Google Business Profile settings */
  @JsonProperty("gmbPostDetails")
  Optional<GmbPostDetails> gmbPostDetails();

  /** @return the user on whose behalf the post is made */
  @JsonProperty("userId")
  Optional<String> userId();

  /** @return a builder for this type */
  static ImmutablePostRequest.Builder builder() {
    return ImmutablePostRequest.builder();
  }
}
