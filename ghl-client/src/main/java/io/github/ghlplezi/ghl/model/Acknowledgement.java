package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * HighLevel's answer to an operation that returns no data: its success flag, status and message.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAcknowledgement.class)
@JsonDeserialize(as = ImmutableAcknowledgement.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Acknowledgement {

  /** @return HighLevel's success flag */
  @JsonProperty("success")
  @Value.Default
  default boolean success() {
    return false;
  }

  /** @return the status HighLevel repeats in the body */
  @JsonProperty("statusCode")
  OptionalInt statusCode();

  /** @return HighLevel's message */
  @JsonProperty("message")
  Optional<String> message();

  /** @return a builder for this type */
  static ImmutableAcknowledgement.Builder builder() {
    return ImmutableAcknowledgement.builder();
  }
}
