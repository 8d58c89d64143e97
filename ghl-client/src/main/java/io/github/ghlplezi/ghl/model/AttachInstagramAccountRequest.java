package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of attach-instagram-page-group ({@code AttachIGAccountDTO}); {@code pageId} is required.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachInstagramAccountRequest.class)
@JsonDeserialize(as = ImmutableAttachInstagramAccountRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface AttachInstagramAccountRequest {

  /** @return the account id on Instagram */
  @JsonProperty("originId")
  Optional<String> originId();

  /** @return the name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the avatar URL */
  @JsonProperty("avatar")
  Optional<String> avatar();

  /** @return the linked Facebook page id */
  @JsonProperty("pageId")
  String pageId();

  /** @return the agency id */
  @JsonProperty("companyId")
  Optional<String> companyId();

  /** @return a builder for this type */
  static ImmutableAttachInstagramAccountRequest.Builder builder() {
    return ImmutableAttachInstagramAccountRequest.builder();
  }
}
