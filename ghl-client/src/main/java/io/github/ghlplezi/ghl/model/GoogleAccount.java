package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Google Business Profile account ({@code GoogleAccountsSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGoogleAccount.class)
@JsonDeserialize(as = ImmutableGoogleAccount.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GoogleAccount {

  /** @return the resource name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the account name */
  @JsonProperty("accountName")
  Optional<String> accountName();

  /** @return the account type */
  @JsonProperty("type")
  Optional<String> type();

  /** @return the verification state */
  @JsonProperty("verificationState")
  Optional<String> verificationState();

  /** @return the vetted state */
  @JsonProperty("vettedState")
  Optional<String> vettedState();

  /** @return a builder for this type */
  static ImmutableGoogleAccount.Builder builder() {
    return ImmutableGoogleAccount.builder();
  }
}
