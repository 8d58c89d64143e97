package io.github.ghlplezi.sync.http.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor writing one line per HTTP exchange: method, path (never the query string,
 * which may hold personal data), status and milliseconds. No header is logged, so neither the
 * Authorization header nor an API key can leak. The MDC {@code locationId} is set by the retry
 * interceptor on the same thread.
 */
public final class CallLoggingInterceptor implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long started = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      long ms = (System.nanoTime() - started) / 1_000_000;
      if (response.code() >= 400) {
        Logs.HTTP.info("{} {} {} {} ms", request.method(), request.url().encodedPath(), response.code(), ms);
      } else if (Logs.HTTP.isDebugEnabled()) {
        Logs.HTTP.debug("{} {} {} {} ms", request.method(), request.url().encodedPath(), response.code(), ms);
      }
      return response;
    } catch (IOException e) {
      long ms = (System.nanoTime() - started) / 1_000_000;
      Logs.HTTP.info("{} {} failed ({}) {} ms", request.method(), request.url().encodedPath(),
          e.getClass().getSimpleName(), ms);
      throw e;
    }
  }
}
