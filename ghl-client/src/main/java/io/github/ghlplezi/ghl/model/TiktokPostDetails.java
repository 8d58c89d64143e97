package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * TikTok-specific settings of a post ({@code TiktokPostSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTiktokPostDetails.class)
@JsonDeserialize(as = ImmutableTiktokPostDetails.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface TiktokPostDetails {

  /** @return who can see the post */
  @JsonProperty("privacyLevel")
  Optional<TiktokPrivacyLevel> privacyLevel();

  /** @return whether the post promotes another brand */
  @JsonProperty("promoteOtherBrand")
  Optional<Boolean> promoteOtherBrand();

  /** @return whether comments are allowed */
  @JsonProperty("enableComment")
  Optional<Boolean> enableComment();

  /** @return whether duets are allowed */
  @JsonProperty("enableDuet")
  Optional<Boolean> enableDuet();

  /** @return whether stitches are allowed */
  @JsonProperty("enableStitch")
  Optional<Boolean> enableStitch();

  /** @return whether the video discloses promotional content */
  @JsonProperty("videoDisclosure")
  Optional<Boolean> videoDisclosure();

  /** @return whether the post promotes your own brand */
  @JsonProperty("promoteYourBrand")
  Optional<Boolean> promoteYourBrand();

  /** @return a builder for this type */
  static ImmutableTiktokPostDetails.Builder builder() {
    return ImmutableTiktokPostDetails.builder();
  }
}
