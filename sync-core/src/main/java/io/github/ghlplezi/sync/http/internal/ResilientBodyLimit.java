package io.github.ghlplezi.sync.http.internal;

import io.github.ghlplezi.http.BodyLimitInterceptor;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The body limit {@code ResilientHttp} installs under its own interceptors, because its retry step
 * reads bodies into memory. A type of its own, so that rebuilding from a base client replaces it
 * without touching a {@link BodyLimitInterceptor} the caller installed.
 */
public final class ResilientBodyLimit implements Interceptor {
  private final BodyLimitInterceptor delegate;

  public ResilientBodyLimit(long limitBytes) {
    this.delegate = new BodyLimitInterceptor(limitBytes);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return delegate.intercept(chain);
  }
}
