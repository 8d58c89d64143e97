package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.ghlplezi.ghl.GhlInvalidArgumentException;
import io.github.ghlplezi.ghl.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /social-media-posting/statistics}. HighLevel reports the last 7 days
 * (excluding today) against the 7 days before; {@link #currentRange()} and {@link #prevRange()}
 * are declared only by HighLevel's v3 specification and their effect under {@code Version:
 * 2021-07-28} is undocumented. Building checks the rules HighLevel enforces: 1 to 100 profile ids
 * and a previous range only together with a current range.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatisticsRequest.class)
@JsonDeserialize(as = ImmutableStatisticsRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface StatisticsRequest {

  /** @return the {@code profileId}s of connected accounts (1 to 100) */
  @JsonProperty("profileIds")
  List<String> profileIds();

  /** @return platforms to include; empty for all */
  @JsonProperty("platforms")
  List<SocialPlatform> platforms();

  /** @return the reporting period (v3 only) */
  @JsonProperty("currentRange")
  Optional<DateRange> currentRange();

  /** @return the comparison period (v3 only) */
  @JsonProperty("prevRange")
  Optional<DateRange> prevRange();

  /** The largest number of profile ids HighLevel accepts in one request. */
  int MAX_PROFILE_IDS = 100;

  /** Enforces HighLevel's documented constraints before anything is sent. */
  @Value.Check
  default void check() {
    Validate.ids("profileIds", profileIds(), 1, MAX_PROFILE_IDS);
    if (prevRange().isPresent() && currentRange().isEmpty()) {
      throw new GhlInvalidArgumentException("prevRange", "requires currentRange");
    }
  }

  /** @return a builder for this type */
  static ImmutableStatisticsRequest.Builder builder() {
    return ImmutableStatisticsRequest.builder();
  }
}
