package io.github.ghlplezi.ghl;

import io.github.ghlplezi.http.RequestMetadata;
import java.util.Optional;
import okhttp3.Request;

/**
 * Reads what the client attached to its OkHttp requests.
 *
 * @deprecated every request carries a {@link RequestMetadata} tag from the moment it is created:
 *     read {@code RequestMetadata.of(request)} instead. Kept until sync-core stops using it.
 */
@Deprecated(forRemoval = true)
public final class GhlRequests {

  private GhlRequests() {
  }

  /**
   * @param request a request made by {@link GhlClient} or {@code OAuthClient}
   * @return the location id the request is for; empty for OAuth and agency calls or foreign
   *     requests
   */
  public static Optional<String> locationId(Request request) {
    return RequestMetadata.of(request).map(RequestMetadata::locationId);
  }

  /**
   * @param request a request made by the client
   * @return the OpenAPI {@code operationId}, for example {@code get-tags-location-id}
   */
  public static Optional<String> operationId(Request request) {
    return RequestMetadata.of(request).map(RequestMetadata::operation);
  }

  /**
   * @param request a request made by the client
   * @return the OpenAPI path template, for example {@code /social-media-posting/{locationId}/tags};
   *     the encoded URL path for foreign requests
   */
  public static String pathTemplate(Request request) {
    return RequestMetadata.of(request).map(RequestMetadata::pathTemplate).orElse(request.url().encodedPath());
  }
}
