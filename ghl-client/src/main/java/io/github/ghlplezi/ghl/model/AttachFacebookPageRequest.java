package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of attach-facebook-page-group ({@code AttachFBAccountDTO}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachFacebookPageRequest.class)
@JsonDeserialize(as = ImmutableAttachFacebookPageRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface AttachFacebookPageRequest {

  /** @return the account type (page) */
  @JsonProperty("type")
  Optional<AccountType> type();

  /** @return the page id on Facebook */
  @JsonProperty("originId")
  Optional<String> originId();

  /** @return the name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the avatar URL */
  @JsonProperty("avatar")
  Optional<String> avatar();

  /** @return the agency id */
  @JsonProperty("companyId")
  Optional<String> companyId();

  /** @return a builder for this type */
  static ImmutableAttachFacebookPageRequest.Builder builder() {
    return ImmutableAttachFacebookPageRequest.builder();
  }
}
