package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Approval settings sent with a post ({@code PostApprovalSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostApproval.class)
@JsonDeserialize(as = ImmutablePostApproval.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PostApproval {

  /** @return the approver's user id */
  @JsonProperty("approver")
  Optional<String> approver();

  /** @return the requester's note */
  @JsonProperty("requesterNote")
  Optional<String> requesterNote();

  /** @return the approver's note */
  @JsonProperty("approverNote")
  Optional<String> approverNote();

  /** @return the approval state */
  @JsonProperty("approvalStatus")
  Optional<ApprovalStatus> approvalStatus();

  /** @return a builder for this type */
  static ImmutablePostApproval.Builder builder() {
    return ImmutablePostApproval.builder();
  }
}
