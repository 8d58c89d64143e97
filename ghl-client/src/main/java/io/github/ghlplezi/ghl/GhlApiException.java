package io.github.ghlplezi.ghl;

import io.github.ghlplezi.http.ClassifiedFailure;
import io.github.ghlplezi.http.FailureKind;
import io.github.ghlplezi.http.Failures;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Root of every failure reported by a HighLevel call made through this module.
 *
 * <p>Subclasses describe the status family: {@link GhlUnauthorizedException} (401),
 * {@link GhlForbiddenException} (403), {@link GhlNotFoundException} (404),
 * {@link GhlValidationException} (400 and 422), {@link GhlRateLimitedException} (429),
 * {@link GhlServerException} (5xx), {@link GhlTransportException} (no HTTP answer) and
 * {@link GhlReauthorizationRequiredException} (OAuth {@code invalid_grant}).
 *
 * <p>Each instance carries the HTTP status, the HTTP method, the path template of the operation
 * (for example {@code /social-media-posting/{locationId}/tags}), HighLevel's message(s), its trace
 * id and the rate-limit headers of the failed response. No access token, refresh token, client
 * secret, authorization code or Private Integration Token is ever part of the message or of any
 * accessor: when HighLevel echoes one of the request's credentials (or anything shaped like a JWT
 * or a {@code Bearer} value), it is replaced by {@code [REDACTED]} before the exception is built,
 * and vendor text is bounded (see {@link GhlErrorDetails}).
 */
public class GhlApiException extends RuntimeException implements ClassifiedFailure {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** HTTP status, 0 without a response. */
  private final int status;
  /** HTTP method. */
  private final String method;
  /** OpenAPI path template. */
  private final String pathTemplate;
  /** OpenAPI operation id, may be null. */
  private final String operationId;
  /** HighLevel's messages. */
  private final List<String> vendorMessages;
  /** HighLevel's trace id, may be null. */
  private final String traceId;
  /** Rate-limit headers of the response, may be null. */
  private final transient RateLimitInfo rateLimit;

  /**
   * Creates an exception from the details of a failed call.
   *
   * @param details what is known about the failed call
   * @param cause the underlying cause, may be {@code null}
   */
  public GhlApiException(GhlErrorDetails details, Throwable cause) {
    super(Objects.requireNonNull(details, "details").describe(), cause);
    this.status = details.status();
    this.method = details.method();
    this.pathTemplate = details.pathTemplate();
    this.operationId = details.operationId();
    this.vendorMessages = List.copyOf(details.vendorMessages());
    this.traceId = details.traceId();
    this.rateLimit = details.rateLimit();
  }

  /** @return the HTTP status code, or {@code 0} when no HTTP response was received */
  public int status() {
    return status;
  }

  /** @return the HTTP method of the failed request, for example {@code GET} */
  public String method() {
    return method;
  }

  /** @return the OpenAPI path template of the failed operation, for example {@code /oauth/token} */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** @return the OpenAPI {@code operationId} of the failed operation, when known */
  public Optional<String> operationId() {
    return Optional.ofNullable(operationId);
  }

  /**
   * @return HighLevel's message(s): one element when the envelope's {@code message} was a string,
   *     several when it was an array (NestJS validation errors); empty when the body had none
   */
  public List<String> vendorMessages() {
    return vendorMessages;
  }

  /** @return HighLevel's messages joined with {@code "; "}, or an empty string */
  public String vendorMessage() {
    return String.join("; ", vendorMessages);
  }

  /** @return HighLevel's {@code traceId} (the request id to quote to HighLevel support), when sent */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /** @return the {@code X-RateLimit-*} values of the failed response, when it carried them */
  public Optional<RateLimitInfo> rateLimit() {
    return Optional.ofNullable(rateLimit);
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
