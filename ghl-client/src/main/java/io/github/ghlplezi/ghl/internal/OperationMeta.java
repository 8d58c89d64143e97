package io.github.ghlplezi.ghl.internal;

import io.github.ghlplezi.ghl.GhlOperation;
import io.github.ghlplezi.http.RequestMetadata;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * The spec-level identity of a Retrofit method: operation id, HTTP method, path template.
 *
 * @param operationId OpenAPI operation id, may be {@code null}
 * @param httpMethod HTTP method
 * @param pathTemplate path template with a leading slash
 * @param metadata the request tag of this operation, without a location
 */
record OperationMeta(String operationId, String httpMethod, String pathTemplate, RequestMetadata metadata) {

  /** HighLevel's POST operations that only read: repeating them cannot change anything. */
  private static final Set<String> READ_ONLY_POSTS = Set.of("get-tags-by-ids", "get-social-media-statistics", "get-posts");

  private static final Map<Method, OperationMeta> CACHE = new ConcurrentHashMap<>();

  private static OperationMeta create(String operationId, String httpMethod, String pathTemplate) {
    boolean repeatable = "GET".equals(httpMethod) || "HEAD".equals(httpMethod) || READ_ONLY_POSTS.contains(operationId);
    return new OperationMeta(operationId, httpMethod, pathTemplate, new RequestMetadata(
        operationId == null ? httpMethod + " " + pathTemplate : operationId, pathTemplate, null, repeatable));
  }

  /**
   * @param request an OkHttp request made by Retrofit
   * @return the operation it belongs to, or a description derived from the URL
   */
  public static OperationMeta of(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return create(null, request.method(), request.url().encodedPath());
    }
    return of(invocation.method());
  }

  /**
   * @param method a Retrofit interface method
   * @return its operation
   */
  public static OperationMeta of(Method method) {
    OperationMeta known = CACHE.get(method);
    return known != null ? known : CACHE.computeIfAbsent(method, OperationMeta::read);
  }

  private static OperationMeta read(Method method) {
    GhlOperation op = method.getAnnotation(GhlOperation.class);
    String id = op == null ? null : op.value();
    String verb;
    String path;
    if (method.isAnnotationPresent(GET.class)) {
      verb = "GET";
      path = method.getAnnotation(GET.class).value();
    } else if (method.isAnnotationPresent(POST.class)) {
      verb = "POST";
      path = method.getAnnotation(POST.class).value();
    } else if (method.isAnnotationPresent(PUT.class)) {
      verb = "PUT";
      path = method.getAnnotation(PUT.class).value();
    } else if (method.isAnnotationPresent(PATCH.class)) {
      verb = "PATCH";
      path = method.getAnnotation(PATCH.class).value();
    } else if (method.isAnnotationPresent(DELETE.class)) {
      verb = "DELETE";
      path = method.getAnnotation(DELETE.class).value();
    } else {
      verb = "?";
      path = method.getName();
    }
    return create(id, verb, "/" + path);
  }
}
