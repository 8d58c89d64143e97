package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Google Business Profile settings of a post ({@code GMBPostSchema}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGmbPostDetails.class)
@JsonDeserialize(as = ImmutableGmbPostDetails.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GmbPostDetails {

  /** @return STANDARD, EVENT or OFFER */
  @JsonProperty("gmbEventType")
  Optional<GmbEventType> gmbEventType();

  /** @return the event title */
  @JsonProperty("title")
  Optional<String> title();

  /** @return the offer title */
  @JsonProperty("offerTitle")
  Optional<String> offerTitle();

  /** @return the start */
  @JsonProperty("startDate")
  Optional<GmbPostStart> startDate();

  /** @return the end */
  @JsonProperty("endDate")
  Optional<GmbPostEnd> endDate();

  /** @return the offer terms */
  @JsonProperty("termsConditions")
  Optional<String> termsConditions();

  /** @return the call-to-action URL */
  @JsonProperty("url")
  Optional<String> url();

  /** @return the coupon code */
  @JsonProperty("couponCode")
  Optional<String> couponCode();

  /** @return where the offer is redeemed */
  @JsonProperty("redeemOnlineUrl")
  Optional<String> redeemOnlineUrl();

  /** @return the call-to-action button */
  @JsonProperty("actionType")
  Optional<GmbActionType> actionType();

  /** @return a builder for this type */
  static ImmutableGmbPostDetails.Builder builder() {
    return ImmutableGmbPostDetails.builder();
  }
}
