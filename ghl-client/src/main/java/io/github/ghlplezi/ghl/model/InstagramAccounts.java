package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Instagram accounts of an OAuth account.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstagramAccounts.class)
@JsonDeserialize(as = ImmutableInstagramAccounts.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface InstagramAccounts {

  /** @return the accounts */
  @JsonProperty("accounts")
  List<InstagramAccount> accounts();

  /** @return a builder for this type */
  static ImmutableInstagramAccounts.Builder builder() {
    return ImmutableInstagramAccounts.builder();
  }
}
