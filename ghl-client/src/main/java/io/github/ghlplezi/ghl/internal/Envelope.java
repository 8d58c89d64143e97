package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * HighLevel's Social Planner wrapper {@code {success, statusCode, message, results}}.
 *
 * @param success HighLevel's success flag
 * @param statusCode the status HighLevel repeats in the body
 * @param message HighLevel's message
 * @param results the payload, may be {@code null}
 * @param <T> payload type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Envelope<T>(Boolean success, Integer statusCode, String message, T results) {
}
