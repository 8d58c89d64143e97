package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of attach-linkedin-page-profile ({@code AttachLinkedinAccountDTO}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachLinkedInRequest.class)
@JsonDeserialize(as = ImmutableAttachLinkedInRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface AttachLinkedInRequest {

  /** @return page or profile */
  @JsonProperty("type")
  Optional<AccountType> type();

  /** @return the id on LinkedIn */
  @JsonProperty("originId")
  Optional<String> originId();

  /** @return the name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the avatar URL */
  @JsonProperty("avatar")
  Optional<String> avatar();

  /** @return the LinkedIn URN */
  @JsonProperty("urn")
  Optional<String> urn();

  /** @return the agency id */
  @JsonProperty("companyId")
  Optional<String> companyId();

  /** @return a builder for this type */
  static ImmutableAttachLinkedInRequest.Builder builder() {
    return ImmutableAttachLinkedInRequest.builder();
  }
}
