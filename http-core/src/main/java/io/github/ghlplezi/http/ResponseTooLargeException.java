package io.github.ghlplezi.http;

import java.io.IOException;

/**
 * A response body was larger than the limit the client allows ({@link BodyLimitInterceptor}):
 * refused while streaming, before it could exhaust memory. Permanent: the same request would get
 * the same body.
 */
public final class ResponseTooLargeException extends IOException implements ClassifiedFailure {

  private static final long serialVersionUID = 1L;

  /** The body limit, in bytes, that the response exceeded. */
  private final long limitBytes;
  /** The HTTP status of the refused response, 0 when unknown. */
  private final int status;

  /**
   * @param limitBytes the limit that was exceeded
   * @param pathTemplate the path (template) of the request, for the message
   */
  public ResponseTooLargeException(long limitBytes, String pathTemplate) {
    this(limitBytes, pathTemplate, 0);
  }

  /**
   * @param limitBytes the limit that was exceeded
   * @param pathTemplate the path (template) of the request, for the message
   * @param status the HTTP status of the response whose body was too large, 0 when unknown
   */
  public ResponseTooLargeException(long limitBytes, String pathTemplate, int status) {
    super("response body of " + pathTemplate + (status > 0 ? " (status " + status + ")" : "")
        + " exceeds the limit of " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
    this.status = status;
  }

  /**
   * @return the HTTP status of the response whose body was refused (so a client can still report
   *     which answer it was, for example a 500 with a gzip bomb), or 0 when unknown
   */
  public int status() {
    return status;
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
