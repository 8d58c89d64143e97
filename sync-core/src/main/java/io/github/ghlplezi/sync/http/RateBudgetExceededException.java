package io.github.ghlplezi.sync.http;

import io.github.ghlplezi.http.ClassifiedFailure;
import io.github.ghlplezi.http.FailureKind;
import java.io.IOException;
import java.time.Duration;

/**
 * Thrown before a request is sent when its rate budget cannot admit it in time: the daily budget of
 * its location is spent, or the wait for the burst budget would exceed the configured maximum. No
 * request was sent. Carries the budget key (a location id or {@code "plezi"}), never a credential.
 */
public final class RateBudgetExceededException extends IOException implements ClassifiedFailure {
  private static final long serialVersionUID = 1L;

  private final String budgetKey;
  private final Duration retryIn;

  public RateBudgetExceededException(String budgetKey, Duration retryIn, String reason) {
    super("rate budget '" + budgetKey + "' exhausted (" + reason + "); retry in " + retryIn.toMillis() + " ms");
    this.budgetKey = budgetKey;
    this.retryIn = retryIn;
  }

  /** The budget that refused: a HighLevel location id, {@code "_app"} or {@code "plezi"}. */
  public String budgetKey() {
    return budgetKey;
  }

  /** How long until the budget is expected to admit a request again. */
  public Duration retryIn() {
    return retryIn;
  }

  /** @return {@link FailureKind#RATE_LIMITED}: the request never left this process */
  @Override
  public FailureKind failureKind() {
    return FailureKind.RATE_LIMITED;
  }
}
