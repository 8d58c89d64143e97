package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The answer of upload-csv ({@code UploadFileResponseSchema}): pass its values to set-accounts.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCsvUpload.class)
@JsonDeserialize(as = ImmutableCsvUpload.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CsvUpload {

  /** @return where HighLevel stored the file */
  @JsonProperty("filePath")
  Optional<String> filePath();

  /** @return the number of rows */
  @JsonProperty("rowsCount")
  OptionalLong rowsCount();

  /** @return the file name */
  @JsonProperty("fileName")
  Optional<String> fileName();

  /** @return a builder for this type */
  static ImmutableCsvUpload.Builder builder() {
    return ImmutableCsvUpload.builder();
  }
}
