package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A media item of a CSV post with its validation results ({@code CSVMediaResponseSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCsvMedia.class)
@JsonDeserialize(as = ImmutableCsvMedia.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CsvMedia {

  /** @return the URL */
  @JsonProperty("url")
  Optional<String> url();

  /** @return the MIME type */
  @JsonProperty("type")
  Optional<String> type();

  /** @return the size in bytes */
  @JsonProperty("size")
  OptionalDouble size();

  /** @return the width */
  @JsonProperty("width")
  OptionalDouble width();

  /** @return the height */
  @JsonProperty("height")
  OptionalDouble height();

  /** @return the aspect ratio */
  @JsonProperty("aspectRatio")
  OptionalDouble aspectRatio();

  /** @return the duration */
  @JsonProperty("duration")
  OptionalDouble duration();

  /** @return the format */
  @JsonProperty("format")
  Optional<String> format();

  /** @return the video codec */
  @JsonProperty("videoCodecName")
  Optional<String> videoCodecName();

  /** @return the frame rate */
  @JsonProperty("frameRate")
  OptionalDouble frameRate();

  /** @return the audio codec */
  @JsonProperty("audioCodecName")
  Optional<String> audioCodecName();

  /** @return the audio channels */
  @JsonProperty("audioChannels")
  OptionalDouble audioChannels();

  /** @return the display aspect ratio */
  @JsonProperty("displayAspectRatio")
  Optional<String> displayAspectRatio();

  /** @return frame URLs */
  @JsonProperty("frames")
  List<String> frames();

  /** @return the selected poster frame */
  @JsonProperty("selectedPoster")
  OptionalDouble selectedPoster();

  /** @return a general error */
  @JsonProperty("error")
  Optional<String> error();

  /** @return Instagram validation error */
  @JsonProperty("instagramError")
  Optional<String> instagramError();

  /** @return Google Business Profile validation error */
  @JsonProperty("gmbError")
  Optional<String> gmbError();

  /** @return Facebook validation error */
  @JsonProperty("facebookError")
  Optional<String> facebookError();

  /** @return LinkedIn validation error */
  @JsonProperty("linkedinError")
  Optional<String> linkedinError();

  /** @return X validation error */
  @JsonProperty("twitterError")
  Optional<String> twitterError();

  /** @return TikTok validation error */
  @JsonProperty("tiktokError")
  Optional<String> tiktokError();

  /** @return TikTok Business validation error */
  @JsonProperty("tiktokBusinessError")
  Optional<String> tiktokBusinessError();

  /** @return why the media is invalid */
  @JsonProperty("invalidError")
  Optional<String> invalidError();

  /** @return a builder for this type */
  static ImmutableCsvMedia.Builder builder() {
    return ImmutableCsvMedia.builder();
  }
}
