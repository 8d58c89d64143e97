package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Daily series of a statistics period (one element per {@code dayRange} entry).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostPerformance.class)
@JsonDeserialize(as = ImmutablePostPerformance.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PostPerformance {

  /** @return posts per day, by platform */
  @JsonProperty("posts")
  Map<String, List<Double>> posts();

  /** @return impressions per day */
  @JsonProperty("impressions")
  List<Double> impressions();

  /** @return likes per day */
  @JsonProperty("likes")
  List<Double> likes();

  /** @return comments per day */
  @JsonProperty("comments")
  List<Double> comments();

  /** @return a builder for this type */
  static ImmutablePostPerformance.Builder builder() {
    return ImmutablePostPerformance.builder();
  }
}
