package io.github.ghlplezi.ghl.internal;

import io.github.ghlplezi.ghl.GhlOperation;
import java.lang.reflect.Method;
import java.util.Map;
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
 */
public record OperationMeta(String operationId, String httpMethod, String pathTemplate) {

  private static final Map<Method, OperationMeta> CACHE = new ConcurrentHashMap<>();

  /**
   * @param request an OkHttp request made by Retrofit
   * @return the operation it belongs to, or a description derived from the URL
   */
  public static OperationMeta of(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return new OperationMeta(null, request.method(), request.url().encodedPath());
    }
    return of(invocation.method());
  }

  /**
   * @param method a Retrofit interface method
   * @return its operation
   */
  public static OperationMeta of(Method method) {
    return CACHE.computeIfAbsent(method, OperationMeta::read);
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
    return new OperationMeta(id, verb, "/" + path);
  }
}
