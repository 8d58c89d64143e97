package io.github.ghlplezi.ghl.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds {@code Version}, {@code Accept} and {@code User-Agent} to every request. */
public final class DefaultHeadersInterceptor implements Interceptor {

  /** The API version every v2 Social Planner and OAuth operation declares. */
  public static final String API_VERSION = "2021-07-28";

  private final String userAgent;

  /**
   * @param userAgent the {@code User-Agent} value
   */
  public DefaultHeadersInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder = request.newBuilder();
    if (request.header("Version") == null) {
      builder.header("Version", API_VERSION);
    }
    if (request.header("Accept") == null) {
      builder.header("Accept", "application/json");
    }
    builder.header("User-Agent", userAgent);
    return chain.proceed(builder.build());
  }
}
