package io.github.ghlplezi.plezi;

import io.github.ghlplezi.http.ClassifiedFailure;
import io.github.ghlplezi.http.FailureKind;
import io.github.ghlplezi.http.Failures;
import io.github.ghlplezi.plezi.model.ErrorDetail;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Root of every failure reported by {@link PleziClient} and its services.
 *
 * <p>Unchecked. Subclasses name the family of the failure:
 * {@link PleziAuthenticationException}, {@link PleziValidationException}, {@link PleziNotFoundException},
 * {@link PleziRateLimitedException}, {@link PleziServerException}, {@link PleziTransportException},
 * {@link PleziRedirectException}, {@link PleziUnexpectedResponseException} and, before any network
 * call, {@link PleziRequestInvalidException}. Any other unexpected HTTP status is
 * reported as a plain {@code PleziApiException}.
 *
 * <p>The message, {@link #vendorMessage()} and {@link #errors()} never contain the API key, the tenant
 * secret or the brain secret key: bodies that echo them are redacted before they are stored.
 */
public class PleziApiException extends RuntimeException implements ClassifiedFailure {

  private static final long serialVersionUID = 1L;

  /** The HTTP status of the failed response, 0 when no response was received. */
  private final int status;
  /** The vendor's (redacted) message, {@code null} when there was none. */
  private final String vendorMessage;
  /** The server's {@code X-Request-Id}, {@code null} when absent. */
  private final String requestId;
  /** The JSON:API error objects of the response body, in order. */
  private final List<ErrorDetail> errors;

  PleziApiException(String message, int status, String vendorMessage, String requestId,
      List<ErrorDetail> errors, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.status = status;
    this.vendorMessage = vendorMessage;
    this.requestId = requestId;
    this.errors = List.copyOf(errors);
  }

  /** @return the HTTP status of the failed response, or {@code 0} when no response was received (or
   *     it could not be read) */
  public int status() {
    return status;
  }

  /** @return the vendor's message (JSON:API {@code title: detail}, or a summary of a non-JSON body) */
  public Optional<String> vendorMessage() {
    return Optional.ofNullable(vendorMessage);
  }

  /** @return the request id the server reported ({@code X-Request-Id}), if any */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** @return every JSON:API error object of the response body, in order; empty for non-JSON bodies */
  public List<ErrorDetail> errors() {
    return errors;
  }

  /**
   * How this failure is classified by the SDK's one rule ({@link Failures}): by the HTTP status
   * when there was an answer, else by the I/O failure behind it.
   *
   * @return the kind of this failure
   */
  @Override
  public FailureKind failureKind() {
    return Failures.classifyFailedCall(status, getCause());
  }

  /**
   * Whether repeating the same request later may succeed; the same answer as
   * {@code failureKind().isRetriable()}: {@code true} for 408, 429, 5xx and I/O failures that may
   * heal.
   *
   * @return whether the failure is transient
   */
  public final boolean retriable() {
    return failureKind().isRetriable();
  }
}
