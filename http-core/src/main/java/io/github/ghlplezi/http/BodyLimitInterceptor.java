package io.github.ghlplezi.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Caps every response body at a number of bytes, counted on the decoded stream while it is read,
 * so a body whose length is not announced (chunked) or that inflates from gzip cannot exhaust
 * memory. A declared {@code Content-Length} above the cap is refused before reading. Each client
 * installs it as its innermost application interceptor: OkHttp has decompressed the body by then.
 */
public final class BodyLimitInterceptor implements Interceptor {

  /** The default cap: 4 MiB, far above any page either vendor serves. */
  public static final long DEFAULT_LIMIT_BYTES = 4L * 1024 * 1024;

  private final long limitBytes;

  /**
   * @param limitBytes the largest body accepted, in bytes, at least 1
   */
  public BodyLimitInterceptor(long limitBytes) {
    if (limitBytes < 1) {
      throw new IllegalArgumentException("limitBytes must be at least 1: " + limitBytes);
    }
    this.limitBytes = limitBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    ResponseBody body = response.body();
    String path = RequestMetadata.of(request)
        .map(RequestMetadata::pathTemplate)
        .orElseGet(() -> request.url().encodedPath());
    if (body.contentLength() > limitBytes) {
      response.close();
      throw new ResponseTooLargeException(limitBytes, path, response.code());
    }
    return response.newBuilder().body(new LimitedBody(body, limitBytes, path, response.code())).build();
  }

  private static final class LimitedBody extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    LimitedBody(ResponseBody delegate, long limit, String path, int status) {
      this.delegate = delegate;
      this.source = Okio.buffer(new CountingSource(delegate.source(), limit, path, status));
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  private static final class CountingSource extends ForwardingSource {
    private final long limit;
    private final String path;
    private final int status;
    private long total;

    CountingSource(Source delegate, long limit, String path, int status) {
      super(delegate);
      this.limit = limit;
      this.path = path;
      this.status = status;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      long n = super.read(sink, Math.min(byteCount, limit - total + 1));
      if (n > 0) {
        total += n;
        if (total > limit) {
          throw new ResponseTooLargeException(limit, path, status);
        }
      }
      return n;
    }
  }
}
