package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A media item of a post ({@code PostMediaSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostMedia.class)
@JsonDeserialize(as = ImmutablePostMedia.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PostMedia {

  /** @return the media URL */
  @JsonProperty("url")
  String url();

  /** @return the caption */
  @JsonProperty("caption")
  Optional<String> caption();

  /** @return the MIME type, for example {@code image/png} */
  @JsonProperty("type")
  Optional<String> type();

  /** @return the thumbnail URL */
  @JsonProperty("thumbnail")
  Optional<String> thumbnail();

  /** @return the default thumbnail URL */
  @JsonProperty("defaultThumb")
  Optional<String> defaultThumb();

  /** @return the media id */
  @JsonProperty("id")
  Optional<String> id();

  /** @return a builder for this type */
  static ImmutablePostMedia.Builder builder() {
    return ImmutablePostMedia.builder();
  }
}
