package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Open Graph link preview of a post ({@code OgTagsSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOgTags.class)
@JsonDeserialize(as = ImmutableOgTags.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface OgTags {

  /** @return the preview image URL */
  @JsonProperty("metaImage")
  Optional<String> metaImage();

  /** @return the previewed link */
  @JsonProperty("metaLink")
  Optional<String> metaLink();

  /** @return a builder for this type */
  static ImmutableOgTags.Builder builder() {
    return ImmutableOgTags.builder();
  }
}
