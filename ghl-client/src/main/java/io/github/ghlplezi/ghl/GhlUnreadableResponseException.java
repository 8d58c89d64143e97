package io.github.ghlplezi.ghl;

import io.github.ghlplezi.http.FailureKind;

/**
 * HighLevel answered with a success status, but the body was not the JSON the operation documents
 * (empty, not JSON, a required field missing). {@link #status()} is {@code 0} because the body is
 * read after the status is accepted. Permanent: repeating the request would read the same answer,
 * and for a write (an OAuth refresh above all) the server may already have acted on it.
 */
public final class GhlUnreadableResponseException extends GhlApiException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * @param details what is known about the failed call
   * @param cause the parsing failure
   */
  public GhlUnreadableResponseException(GhlErrorDetails details, Throwable cause) {
    super(details, cause);
  }

  /** @return {@link FailureKind#PERMANENT} */
  @Override
  public FailureKind failureKind() {
    return FailureKind.PERMANENT;
  }
}
