package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of set-google-locations ({@code AttachGMBLocationDTO}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachGoogleLocationRequest.class)
@JsonDeserialize(as = ImmutableAttachGoogleLocationRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface AttachGoogleLocationRequest {

  /** @return the location to attach */
  @JsonProperty("location")
  Optional<GoogleLocation> location();

  /** @return its account */
  @JsonProperty("account")
  Optional<GoogleAccount> account();

  /** @return the agency id */
  @JsonProperty("companyId")
  Optional<String> companyId();

  /** @return a builder for this type */
  static ImmutableAttachGoogleLocationRequest.Builder builder() {
    return ImmutableAttachGoogleLocationRequest.builder();
  }
}
