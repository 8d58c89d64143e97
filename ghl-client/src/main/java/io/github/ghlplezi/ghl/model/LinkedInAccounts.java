package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The LinkedIn pages and profiles of an OAuth account.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLinkedInAccounts.class)
@JsonDeserialize(as = ImmutableLinkedInAccounts.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface LinkedInAccounts {

  /** @return the pages */
  @JsonProperty("pages")
  List<LinkedInEntity> pages();

  /** @return the profiles */
  @JsonProperty("profile")
  List<LinkedInEntity> profile();

  /** @return a builder for this type */
  static ImmutableLinkedInAccounts.Builder builder() {
    return ImmutableLinkedInAccounts.builder();
  }
}
