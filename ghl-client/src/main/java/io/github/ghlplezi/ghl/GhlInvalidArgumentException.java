package io.github.ghlplezi.ghl;

import java.util.Objects;

/**
 * An argument was rejected by the client before any request was sent. {@link #parameter()} names
 * the offending parameter (for example {@code locationId}, {@code profileIds} or {@code limit}); the
 * message says what is wrong without repeating the value, which may be a secret.
 */
public final class GhlInvalidArgumentException extends IllegalArgumentException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The rejected parameter. */
  private final String parameter;

  /**
   * @param parameter the parameter's name
   * @param problem what is wrong with it
   */
  public GhlInvalidArgumentException(String parameter, String problem) {
    super(Objects.requireNonNull(parameter, "parameter") + ": " + problem);
    this.parameter = parameter;
  }

  /** @return the name of the rejected parameter */
  public String parameter() {
    return parameter;
  }
}
