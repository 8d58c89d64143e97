package io.github.ghlplezi.http;

/**
 * An exception that knows its own {@link FailureKind}: the clients' API exceptions (from the HTTP
 * status of the answer, or from the I/O failure behind a missing answer) and the resilient stack's
 * own refusals. {@link Failures#classify(Throwable)} asks such an exception instead of guessing.
 */
public interface ClassifiedFailure {

  /**
   * How this failure is classified; implementations derive it from {@link Failures}, never from a
   * rule of their own.
   *
   * @return the kind of this failure, never {@code null}
   */
  FailureKind failureKind();
}
