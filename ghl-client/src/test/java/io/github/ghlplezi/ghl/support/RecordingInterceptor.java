package io.github.ghlplezi.ghl.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * A network interceptor that records every exchange the client sends (final headers included) and
 * the response it got, for validation against HighLevel's OpenAPI specification.
 */
public final class RecordingInterceptor implements Interceptor {

  /**
   * One recorded HTTP exchange.
   *
   * @param method HTTP method
   * @param path encoded path
   * @param query decoded query parameters
   * @param requestHeaders request headers
   * @param requestContentType request content type, may be {@code null}
   * @param requestBody request body bytes, may be {@code null}
   * @param status response status
   * @param responseContentType response content type, may be {@code null}
   * @param responseBody response body text
   */
  public record Exchange(String method, String path, Map<String, List<String>> query,
      Map<String, List<String>> requestHeaders, String requestContentType, byte[] requestBody,
      int status, String responseContentType, String responseBody) {
  }

  private static final List<Exchange> RECORDED = new ArrayList<>();
  /** The one shared instance (tests run sequentially in one JVM). */
  public static final RecordingInterceptor INSTANCE = new RecordingInterceptor();

  private RecordingInterceptor() {
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    byte[] body = null;
    String contentType = null;
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      body = buffer.readByteArray();
      MediaType mt = request.body().contentType();
      contentType = mt == null ? request.header("Content-Type") : mt.toString();
    }
    Response response = chain.proceed(request);
    String responseBody;
    if ("gzip".equalsIgnoreCase(response.header("Content-Encoding"))) {
      Buffer unzipped = new Buffer();
      try (okio.BufferedSource gz = okio.Okio.buffer(new okio.GzipSource(response.peekBody(4 * 1024 * 1024).source()))) {
        unzipped.writeAll(gz);
      }
      responseBody = unzipped.readUtf8();
    } else {
      responseBody = response.peekBody(4 * 1024 * 1024).string();
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String name : request.url().queryParameterNames()) {
      query.put(name, request.url().queryParameterValues(name));
    }
    Exchange exchange = new Exchange(request.method(), request.url().encodedPath(), query,
        request.headers().toMultimap(), contentType, body, response.code(), response.header("Content-Type"), responseBody);
    synchronized (RECORDED) {
      RECORDED.add(exchange);
    }
    return response;
  }

  /** @return and forget everything recorded so far */
  public static List<Exchange> drain() {
    synchronized (RECORDED) {
      List<Exchange> copy = new ArrayList<>(RECORDED);
      RECORDED.clear();
      return copy;
    }
  }
}
