package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of set-accounts ({@code SetAccountsDTO}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSetCsvAccountsRequest.class)
@JsonDeserialize(as = ImmutableSetCsvAccountsRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface SetCsvAccountsRequest {

  /** @return the accounts to publish the CSV posts to */
  @JsonProperty("accountIds")
  List<String> accountIds();

  /** @return the file path from upload-csv */
  @JsonProperty("filePath")
  String filePath();

  /** @return the row count from upload-csv */
  @JsonProperty("rowsCount")
  long rowsCount();

  /** @return the file name from upload-csv */
  @JsonProperty("fileName")
  String fileName();

  /** @return the approver's user id */
  @JsonProperty("approver")
  Optional<String> approver();

  /** @return the acting user */
  @JsonProperty("userId")
  Optional<String> userId();

  /** @return a builder for this type */
  static ImmutableSetCsvAccountsRequest.Builder builder() {
    return ImmutableSetCsvAccountsRequest.builder();
  }
}
