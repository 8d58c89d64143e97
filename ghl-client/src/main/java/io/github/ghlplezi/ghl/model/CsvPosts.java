package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The answer of get-csv-post ({@code GetCsvPostResponseSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCsvPosts.class)
@JsonDeserialize(as = ImmutableCsvPosts.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CsvPosts {

  /** @return the import */
  @JsonProperty("csv")
  Optional<CsvImport> csv();

  /** @return HighLevel's count */
  @JsonProperty("count")
  OptionalLong count();

  /** @return the posts of this page */
  @JsonProperty("posts")
  List<CsvPost> posts();

  /** @return a builder for this type */
  static ImmutableCsvPosts.Builder builder() {
    return ImmutableCsvPosts.builder();
  }
}
