package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Approval state of a post as returned ({@code FormatedApprovalDetails}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApprovalDetails.class)
@JsonDeserialize(as = ImmutableApprovalDetails.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface ApprovalDetails {

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

  /** @return the approver */
  @JsonProperty("approverUser")
  Optional<PostUser> approverUser();

  /** @return a builder for this type */
  static ImmutableApprovalDetails.Builder builder() {
    return ImmutableApprovalDetails.builder();
  }
}
