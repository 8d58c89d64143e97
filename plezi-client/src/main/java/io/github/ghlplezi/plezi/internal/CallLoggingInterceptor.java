package io.github.ghlplezi.plezi.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One debug line per HTTP call: method, path (never the query, which carries e-mails), status and
 * milliseconds. Headers are never logged.
 */
public final class CallLoggingInterceptor implements Interceptor {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.ghlplezi.plezi.http");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} -> {} ({} ms)", request.method(), request.url().encodedPath(),
            response.code(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      }
      return response;
    } catch (IOException e) {
      LOG.debug("{} {} -> {} ({} ms)", request.method(), request.url().encodedPath(),
          e.getClass().getSimpleName(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      throw e;
    }
  }
}
