package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An Open Graph image ({@code OgImageSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOgImage.class)
@JsonDeserialize(as = ImmutableOgImage.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface OgImage {

  /** @return the URL */
  @JsonProperty("url")
  Optional<String> url();

  /** @return the width */
  @JsonProperty("width")
  OptionalDouble width();

  /** @return the height */
  @JsonProperty("height")
  OptionalDouble height();

  /** @return the MIME type */
  @JsonProperty("type")
  Optional<String> type();

  /** @return a builder for this type */
  static ImmutableOgImage.Builder builder() {
    return ImmutableOgImage.builder();
  }
}
