package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The accounts and account groups connected to a location ({@code AccountsListResponseSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccountsList.class)
@JsonDeserialize(as = ImmutableAccountsList.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface AccountsList {

  /** @return the connected accounts */
  @JsonProperty("accounts")
  List<SocialAccount> accounts();

  /** @return the account groups */
  @JsonProperty("groups")
  List<AccountGroup> groups();

  /**
   * @return the accounts of HighLevel's answer that could not be read and are missing from this
   *     value (each was also logged at WARN); empty when every one was readable
   */
  @JsonIgnore
  List<SkippedRecord> skipped();

  /** @return like {@link #skipped()}, for the account groups */
  @JsonIgnore
  List<SkippedRecord> skippedGroups();

  /** @return a builder for this type */
  static ImmutableAccountsList.Builder builder() {
    return ImmutableAccountsList.builder();
  }
}
