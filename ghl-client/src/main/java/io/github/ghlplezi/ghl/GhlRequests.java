package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.CallContext;
import io.github.ghlplezi.ghl.internal.OperationMeta;
import java.util.Optional;
import okhttp3.Request;

/**
 * Reads what the client attached to its OkHttp requests, for interceptors added through
 * {@link GhlClient.Builder#okHttpClient(okhttp3.OkHttpClient)} (retry, rate budgets, metrics): the
 * location a request is spent on, and the specification operation it belongs to. No URL parsing
 * needed (which would mistake {@code /social-media-posting/oauth/...} for a location).
 */
public final class GhlRequests {

  private GhlRequests() {
  }

  /**
   * @param request a request made by {@link GhlClient} or {@code OAuthClient}
   * @return the location id the request is for; empty for OAuth and agency calls or foreign
   *     requests
   */
  public static Optional<String> locationId(Request request) {
    CallContext ctx = request.tag(CallContext.class);
    return ctx == null ? Optional.empty() : Optional.ofNullable(ctx.locationId());
  }

  /**
   * @param request a request made by the client
   * @return the OpenAPI {@code operationId}, for example {@code get-tags-location-id}
   */
  public static Optional<String> operationId(Request request) {
    return Optional.ofNullable(OperationMeta.of(request).operationId());
  }

  /**
   * @param request a request made by the client
   * @return the OpenAPI path template, for example {@code /social-media-posting/{locationId}/tags};
   *     the encoded URL path for foreign requests
   */
  public static String pathTemplate(Request request) {
    return OperationMeta.of(request).pathTemplate();
  }
}
