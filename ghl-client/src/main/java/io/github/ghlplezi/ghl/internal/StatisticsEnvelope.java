package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.ghlplezi.ghl.model.SocialStatistics;

/**
 * The statistics answer, which has no {@code success} wrapper.
 *
 * @param results the metrics
 * @param message HighLevel's message
 * @param traceId HighLevel's trace id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatisticsEnvelope(SocialStatistics results, String message, String traceId) {
}
