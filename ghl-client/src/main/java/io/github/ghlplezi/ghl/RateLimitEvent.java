package io.github.ghlplezi.ghl;

import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP response's rate-limit report, handed to a {@link RateLimitListener}.
 *
 * @param locationId the location (HighLevel resource) the request was made for; empty for calls
 *     not bound to a location (the OAuth token endpoint, agency calls)
 * @param method HTTP method
 * @param pathTemplate OpenAPI path template of the operation
 * @param status HTTP status of the response
 * @param info the parsed {@code X-RateLimit-*} headers
 */
public record RateLimitEvent(
    Optional<String> locationId, String method, String pathTemplate, int status, RateLimitInfo info) {

  /**
   * Checks that no component is {@code null}.
   *
   * @param locationId see the record component
   * @param method see the record component
   * @param pathTemplate see the record component
   * @param status see the record component
   * @param info see the record component
   */
  public RateLimitEvent {
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    Objects.requireNonNull(info, "info");
  }
}
