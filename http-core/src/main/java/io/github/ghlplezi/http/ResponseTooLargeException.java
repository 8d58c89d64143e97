package io.github.ghlplezi.http;

import java.io.IOException;

/**
 * A response body was larger than the limit the client allows ({@link BodyLimitInterceptor}):
 * refused while streaming, before it could exhaust memory. Permanent: the same request would get
 * the same body.
 */
public final class ResponseTooLargeException extends IOException implements ClassifiedFailure {

  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  /**
   * @param limitBytes the limit that was exceeded
   * @param pathTemplate the path (template) of the request, for the message
   */
  public ResponseTooLargeException(long limitBytes, String pathTemplate) {
    super("response body of " + pathTemplate + " exceeds the limit of " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  /** @return the limit, in bytes of decoded body, that was exceeded */
  public long limitBytes() {
    return limitBytes;
  }

  /** @return {@link FailureKind#PERMANENT} */
  @Override
  public FailureKind failureKind() {
    return FailureKind.PERMANENT;
  }
}
