package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link preview of a CSV post ({@code IOgTagsSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLinkPreview.class)
@JsonDeserialize(as = ImmutableLinkPreview.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface LinkPreview {

  /** @return the link */
  @JsonProperty("url")
  Optional<String> url();

  /** @return og:description */
  @JsonProperty("ogDescription")
  Optional<String> ogDescription();

  /** @return og:image */
  @JsonProperty("ogImage")
  Optional<OgImage> ogImage();

  /** @return og:title */
  @JsonProperty("ogTitle")
  Optional<String> ogTitle();

  /** @return og:url */
  @JsonProperty("ogUrl")
  Optional<String> ogUrl();

  /** @return og:site_name */
  @JsonProperty("ogSiteName")
  Optional<String> ogSiteName();

  /** @return why the preview failed */
  @JsonProperty("error")
  Optional<String> error();

  /** @return a builder for this type */
  static ImmutableLinkPreview.Builder builder() {
    return ImmutableLinkPreview.builder();
  }
}
