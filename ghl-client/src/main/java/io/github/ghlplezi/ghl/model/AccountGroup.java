package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A group of connected social accounts ({@code GetGroupSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccountGroup.class)
@JsonDeserialize(as = ImmutableAccountGroup.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface AccountGroup {

  /** @return the group id */
  @JsonProperty("id")
  String id();

  /** @return the group name */
  @JsonProperty("name")
  String name();

  /** @return ids of the accounts in the group */
  @JsonProperty("accountIds")
  List<String> accountIds();

  /** @return a builder for this type */
  static ImmutableAccountGroup.Builder builder() {
    return ImmutableAccountGroup.builder();
  }
}
