package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A CSV bulk import ({@code CSVImportSchema}, {@code CsvResponse}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCsvImport.class)
@JsonDeserialize(as = ImmutableCsvImport.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CsvImport {

  /** @return the import id */
  @JsonProperty("_id")
  Optional<String> id();

  /** @return the location */
  @JsonProperty("locationId")
  Optional<String> locationId();

  /** @return the file name */
  @JsonProperty("fileName")
  Optional<String> fileName();

  /** @return the target accounts */
  @JsonProperty("accountIds")
  List<String> accountIds();

  /** @return the file reference */
  @JsonProperty("file")
  Optional<String> file();

  /** @return the import state */
  @JsonProperty("status")
  Optional<CsvImportStatus> status();

  /** @return the number of posts */
  @JsonProperty("count")
  OptionalLong count();

  /** @return the creating user */
  @JsonProperty("createdBy")
  Optional<String> createdBy();

  /** @return the trace id */
  @JsonProperty("traceId")
  Optional<String> traceId();

  /** @return the origin id */
  @JsonProperty("originId")
  Optional<String> originId();

  /** @return the approver */
  @JsonProperty("approver")
  Optional<String> approver();

  /** @return when the import was created */
  @JsonProperty("createdAt")
  Optional<Instant> createdAt();

  /** @return a builder for this type */
  static ImmutableCsvImport.Builder builder() {
    return ImmutableCsvImport.builder();
  }
}
