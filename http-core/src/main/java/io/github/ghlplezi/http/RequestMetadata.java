package io.github.ghlplezi.http;

import java.util.Objects;
import java.util.Optional;
import okhttp3.Request;

/**
 * What a client knows about a request it makes, attached to the OkHttp {@link Request} as a tag
 * (the way Retrofit attaches its {@code Invocation}) when the request is created, so that every
 * interceptor further down (retry, rate budget, logging) reads it instead of re-deriving it from
 * the URL.
 *
 * <pre>{@code
 * RequestMetadata meta = RequestMetadata.of(request).orElse(null);
 * }</pre>
 *
 * @param operation the vendor's operation id when it has one (HighLevel's OpenAPI
 *     {@code operationId}), else a stable name of the client method; never {@code null}
 * @param pathTemplate the path template with a leading slash, for example
 *     {@code /social-media-posting/{locationId}/tags}; used in logs instead of the concrete path
 * @param locationId the HighLevel location the request is charged to (HighLevel's rate limits are
 *     per app and location), or {@code null} for agency, OAuth and Plezi calls
 * @param repeatable whether repeating the request after an ambiguous failure (a 5xx, a timeout, a
 *     connection lost after sending) cannot change the outcome: reads, HighLevel's read-only POSTs
 *     and Plezi's contact upsert (which writes the full values again; see plezi-client's README for
 *     the one side effect this accepts)
 */
public record RequestMetadata(
    String operation, String pathTemplate, String locationId, boolean repeatable) {

  /**
   * Checks the components.
   *
   * @param operation the operation id or client method name; never {@code null}
   * @param pathTemplate the path template with a leading slash; never {@code null}
   * @param locationId the HighLevel location charged, or {@code null}
   * @param repeatable whether an ambiguous failure may be retried
   * @throws NullPointerException if {@code operation} or {@code pathTemplate} is {@code null}
   */
  public RequestMetadata {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
  }

  /**
   * The metadata a client attached to {@code request}.
   *
   * @param request an OkHttp request
   * @return its metadata, empty for requests made by other code
   */
  public static Optional<RequestMetadata> of(Request request) {
    return Optional.ofNullable(request.tag(RequestMetadata.class));
  }

  /**
   * This metadata with another location.
   *
   * @param location the location id, may be {@code null}
   * @return a copy charged to {@code location}
   */
  public RequestMetadata withLocationId(String location) {
    return Objects.equals(location, locationId)
        ? this
        : new RequestMetadata(operation, pathTemplate, location, repeatable);
  }

  /**
   * Attaches this metadata to a request being built.
   *
   * @param builder the request builder
   * @return {@code builder}, for chaining
   */
  public Request.Builder attachTo(Request.Builder builder) {
    return builder.tag(RequestMetadata.class, this);
  }
}
