package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The TikTok profiles of an OAuth account.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTiktokProfiles.class)
@JsonDeserialize(as = ImmutableTiktokProfiles.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface TiktokProfiles {

  /** @return the profiles */
  @JsonProperty("profile")
  List<TiktokProfile> profile();

  /** @return a builder for this type */
  static ImmutableTiktokProfiles.Builder builder() {
    return ImmutableTiktokProfiles.builder();
  }
}
