package io.github.ghlplezi.ghl.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** One DEBUG line per HTTP exchange: method, path template, status, milliseconds. No headers. */
public final class LoggingInterceptor implements Interceptor {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.ghlplezi.ghl.http");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(request);
    }
    OperationMeta op = OperationMeta.of(request);
    CallContext ctx = request.tag(CallContext.class);
    long start = System.nanoTime();
    try (MDC.MDCCloseable ignored = MDC.putCloseable("locationId",
        ctx == null || ctx.locationId() == null ? "-" : ctx.locationId())) {
      Response response = chain.proceed(request);
      LOG.debug("{} {} -> {} in {} ms", op.httpMethod(), op.pathTemplate(), response.code(),
          (System.nanoTime() - start) / 1_000_000);
      return response;
    } catch (IOException e) {
      LOG.debug("{} {} -> I/O failure after {} ms: {}", op.httpMethod(), op.pathTemplate(),
          (System.nanoTime() - start) / 1_000_000, e.toString());
      throw e;
    }
  }
}
