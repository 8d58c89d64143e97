package io.github.ghlplezi.plezi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One JSON:API error object of a Plezi error body ({@code {"errors":[{...}]}}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableErrorDetail.class)
@JsonDeserialize(as = ImmutableErrorDetail.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ErrorDetail {

  ErrorDetail() {
  }

  /** @return the short summary ({@code title}) */
  public abstract Optional<String> title();

  /** @return the explanation ({@code detail}) */
  public abstract Optional<String> detail();

  /** @return the HTTP status the error object states ({@code status}, a string in JSON:API) */
  public abstract Optional<String> status();

  /** @return the application-specific error code ({@code code}) */
  public abstract Optional<String> code();

  /**
   * @return the field the error is about: {@code source.parameter}, else the last segment of
   *     {@code source.pointer}
   */
  public abstract Optional<String> field();

  /** @return a builder */
  public static ImmutableErrorDetail.Builder builder() {
    return ImmutableErrorDetail.builder();
  }
}
