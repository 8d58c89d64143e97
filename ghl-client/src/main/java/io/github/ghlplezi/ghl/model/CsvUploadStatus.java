package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The answer of get-upload-status ({@code GetUploadStatusResponseSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCsvUploadStatus.class)
@JsonDeserialize(as = ImmutableCsvUploadStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CsvUploadStatus {

  /** @return the imports */
  @JsonProperty("csvs")
  List<CsvImport> csvs();

  /** @return HighLevel's count */
  @JsonProperty("count")
  OptionalLong count();

  /** @return a builder for this type */
  static ImmutableCsvUploadStatus.Builder builder() {
    return ImmutableCsvUploadStatus.builder();
  }
}
