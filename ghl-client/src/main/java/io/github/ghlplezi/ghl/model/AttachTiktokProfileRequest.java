package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of attach-tiktok-profile ({@code AttachTiktokAccountDTO}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachTiktokProfileRequest.class)
@JsonDeserialize(as = ImmutableAttachTiktokProfileRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface AttachTiktokProfileRequest {

  /** @return business or profile */
  @JsonProperty("type")
  Optional<AccountType> type();

  /** @return the id on TikTok */
  @JsonProperty("originId")
  Optional<String> originId();

  /** @return the name */
  @JsonProperty("name")
  Optional<String> name();

  /** @return the avatar URL */
  @JsonProperty("avatar")
  Optional<String> avatar();

  /** @return whether the profile is verified */
  @JsonProperty("verified")
  Optional<Boolean> verified();

  /** @return the handle */
  @JsonProperty("username")
  Optional<String> username();

  /** @return the agency id */
  @JsonProperty("companyId")
  Optional<String> companyId();

  /** @return a builder for this type */
  static ImmutableAttachTiktokProfileRequest.Builder builder() {
    return ImmutableAttachTiktokProfileRequest.builder();
  }
}
