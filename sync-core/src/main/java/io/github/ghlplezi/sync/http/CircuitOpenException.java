package io.github.ghlplezi.sync.http;

import io.github.ghlplezi.http.ClassifiedFailure;
import io.github.ghlplezi.http.FailureKind;
import java.io.IOException;
import java.time.Duration;

/** Thrown instead of sending a request while the circuit breaker of its host is open. */
public final class CircuitOpenException extends IOException implements ClassifiedFailure {
  private static final long serialVersionUID = 1L;

  /**
   * The host whose circuit is open.
   */
  private final String host;
  /**
   * How long until a probe is let through.
   */
  private final Duration retryIn;

  /**
   * The request to {@code host} was refused without being sent because its circuit is open.
   *
   * @param host the host whose circuit is open
   * @param retryIn how long until the breaker lets a probe through
   */
  public CircuitOpenException(String host, Duration retryIn) {
    super("circuit open for host " + host + "; next probe in " + retryIn.toMillis() + " ms");
    this.host = host;
    this.retryIn = retryIn;
  }

  /**
   * The host whose circuit is open.
   *
   * @return the host name
   */
  public String host() {
    return host;
  }

  /**
   * How long until the breaker lets a probe through.
   *
   * @return the time until a probe is allowed
   */
  public Duration retryIn() {
    return retryIn;
  }

  /** @return {@link FailureKind#TRANSIENT}: the host may recover by the next probe */
  @Override
  public FailureKind failureKind() {
    return FailureKind.TRANSIENT;
  }
}
