package io.github.ghlplezi.http;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Logs one DEBUG line per HTTP exchange: method, path template (from {@link RequestMetadata}, so no
 * query string and no header is ever printed), operation, status or failure, and milliseconds, with
 * the MDC key {@value #MDC_LOCATION} set to the location. Installed by each client as a network
 * interceptor, so every exchange on the wire, retries and redirects included, gives exactly one
 * line, and nothing else logs the call.
 */
public final class CallLoggingInterceptor implements Interceptor {

  /** The MDC key carrying the HighLevel location id while the line is written. */
  public static final String MDC_LOCATION = "locationId";

  private final Logger log;

  /**
   * @param loggerName the SLF4J logger to write to, for example {@code io.github.ghlplezi.ghl.calls}
   */
  public CallLoggingInterceptor(String loggerName) {
    this.log = LoggerFactory.getLogger(Objects.requireNonNull(loggerName, "loggerName"));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!log.isDebugEnabled()) {
      return chain.proceed(request);
    }
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      write(request, Integer.toString(response.code()), start);
      return response;
    } catch (IOException | RuntimeException e) {
      write(request, "failed (" + e.getClass().getSimpleName() + ")", start);
      throw e;
    }
  }

  private void write(Request request, String outcome, long startNanos) {
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    RequestMetadata meta = request.tag(RequestMetadata.class);
    String path = meta == null ? request.url().encodedPath() : meta.pathTemplate();
    String operation = meta == null ? "-" : meta.operation();
    String location = meta == null ? null : meta.locationId();
    if (location == null) {
      log.debug("{} {} [{}] {} in {} ms", request.method(), path, operation, outcome, ms);
      return;
    }
    String previous = MDC.get(MDC_LOCATION);
    MDC.put(MDC_LOCATION, location);
    try {
      log.debug("{} {} [{}] {} in {} ms", request.method(), path, operation, outcome, ms);
    } finally {
      if (previous == null) {
        MDC.remove(MDC_LOCATION);
      } else {
        MDC.put(MDC_LOCATION, previous);
      }
    }
  }
}
