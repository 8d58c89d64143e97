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

  /**
   * The budget that refused the request.
   */
  private final String budgetKey;
  /**
   * How long until the budget should admit a request again.
   */
  private final Duration retryIn;

  /**
   * The request was refused without being sent.
   *
   * @param budgetKey the budget that refused: a HighLevel location id, {@code "_app"} or {@code "plezi"}
   * @param retryIn how long until the budget should admit a request again
   * @param reason why, for the message (the wait would be too long, the daily budget is spent)
   */
  public RateBudgetExceededException(String budgetKey, Duration retryIn, String reason) {
    super("rate budget '" + budgetKey + "' exhausted (" + reason + "); retry in " + retryIn.toMillis() + " ms");
    this.budgetKey = budgetKey;
    this.retryIn = retryIn;
  }

  /**
   * The budget that refused: a HighLevel location id, {@code "_app"} or {@code "plezi"}.
   *
   * @return the budget key
   */
  public String budgetKey() {
    return budgetKey;
  }

  /**
   * How long until the budget is expected to admit a request again.
   *
   * @return the expected wait
   */
  public Duration retryIn() {
    return retryIn;
  }

  /** @return {@link FailureKind#RATE_LIMITED}: the request never left this process */
  @Override
  public FailureKind failureKind() {
    return FailureKind.RATE_LIMITED;
  }
}
