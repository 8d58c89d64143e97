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
 * One page of get-categories-location-id ({@code GetByLocationIdResponseSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCategoryPage.class)
@JsonDeserialize(as = ImmutableCategoryPage.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CategoryPage {

  /** @return the categories */
  @JsonProperty("categories")
  List<Category> categories();

  /** @return HighLevel's count */
  @JsonProperty("count")
  OptionalLong count();

  /**
   * @return the categories of HighLevel's answer that could not be read and are missing from this
   *     value (each was also logged at WARN); empty when every one was readable
   */
  @JsonIgnore
  List<SkippedRecord> skipped();

  /** @return a builder for this type */
  static ImmutableCategoryPage.Builder builder() {
    return ImmutableCategoryPage.builder();
  }
}
