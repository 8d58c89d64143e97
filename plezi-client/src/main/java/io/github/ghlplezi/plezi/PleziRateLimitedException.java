package io.github.ghlplezi.plezi;

import io.github.ghlplezi.http.FailureKind;
import io.github.ghlplezi.plezi.model.ErrorDetail;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Plezi asked the client to slow down (HTTP 429 by default). */
public final class PleziRateLimitedException extends PleziApiException {

  private static final long serialVersionUID = 1L;

  /** How long Plezi asked the client to wait, {@code null} when it did not say. */
  private final Duration retryAfter;

  PleziRateLimitedException(String message, int status, String vendorMessage, String requestId,
      List<ErrorDetail> errors, Duration retryAfter) {
    super(message, status, vendorMessage, requestId, errors, null);
    this.retryAfter = retryAfter;
  }

  /** @return the delay the server asked for in {@code Retry-After} (seconds or HTTP date), if any */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * @return {@link FailureKind#RATE_LIMITED} whatever status the Plezi settings map to rate limiting
   *     (Plezi's real status for it is unconfirmed)
   */
  @Override
  public FailureKind failureKind() {
    return FailureKind.RATE_LIMITED;
  }
}
