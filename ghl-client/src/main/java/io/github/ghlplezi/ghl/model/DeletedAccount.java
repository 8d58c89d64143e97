package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of delete-account ({@code DeleteAccountResponseSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeletedAccount.class)
@JsonDeserialize(as = ImmutableDeletedAccount.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DeletedAccount {

  /** @return the location */
  @JsonProperty("locationId")
  Optional<String> locationId();

  /** @return the deleted account id */
  @JsonProperty("id")
  Optional<String> id();

  /** @return a builder for this type */
  static ImmutableDeletedAccount.Builder builder() {
    return ImmutableDeletedAccount.builder();
  }
}
