package io.github.ghlplezi.plezi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The outcome of a successful contact write (upsert through a web form, or contact creation). */
@Value.Immutable
@JsonSerialize(as = ImmutableUpsertResult.class)
@JsonDeserialize(as = ImmutableUpsertResult.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class UpsertResult {

  UpsertResult() {
  }

  /**
   * @return true when Plezi created the contact (HTTP 201 by default), false when it updated an
   *     existing one (HTTP 200)
   */
  public abstract boolean created();

  /** @return the HTTP status of the response */
  public abstract int status();

  /** @return the contact id, when the response body carries one ({@code data.id} or {@code id}) */
  public abstract Optional<String> contactId();

  /** @return the request id the server reported ({@code X-Request-Id}), if any */
  public abstract Optional<String> requestId();

  /** @return a builder */
  public static ImmutableUpsertResult.Builder builder() {
    return ImmutableUpsertResult.builder();
  }
}
