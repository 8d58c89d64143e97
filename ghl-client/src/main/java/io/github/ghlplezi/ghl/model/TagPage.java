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
 * One page of {@code GET /social-media-posting/{locationId}/tags} or of {@code POST .../tags/details}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTagPage.class)
@JsonDeserialize(as = ImmutableTagPage.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface TagPage {

  /** @return the tags of this page */
  @JsonProperty("tags")
  List<Tag> tags();

  /** @return HighLevel's {@code count}; whether it is the total of matching tags or the page size is not documented */
  @JsonProperty("count")
  OptionalLong count();

  /**
   * @return the tags of HighLevel's answer that could not be read and are missing from
   *     {@link #tags()} (each was also logged at WARN); empty when every tag was readable
   */
  @JsonIgnore
  List<SkippedRecord> skipped();

  /** @return a builder for a page (tests and fakes build pages; the client reads them from JSON) */
  static ImmutableTagPage.Builder builder() {
    return ImmutableTagPage.builder();
  }
}
