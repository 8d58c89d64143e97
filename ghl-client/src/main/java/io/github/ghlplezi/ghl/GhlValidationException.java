package io.github.ghlplezi.ghl;

import java.util.List;

/**
 * HighLevel rejected the request's content (HTTP 400 or 422). For 422 NestJS answers
 * {@link #fieldMessages()} lists every validation message, such as
 * {@code "grant_type should not be empty"}.
 */
public class GhlValidationException extends GhlApiException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * @param details what is known about the failed call
   * @param cause the underlying cause, may be {@code null}
   */
  public GhlValidationException(GhlErrorDetails details, Throwable cause) {
    super(details, cause);
  }

  /** @return HighLevel's validation messages, one per violated rule */
  public List<String> fieldMessages() {
    return vendorMessages();
  }
}
