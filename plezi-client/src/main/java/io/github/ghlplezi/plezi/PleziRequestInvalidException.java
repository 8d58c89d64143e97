package io.github.ghlplezi.plezi;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The request was rejected by the client before any network call. {@link #violations()} lists
 * every problem found, not just the first one. {@link #status()} is {@code 0}.
 */
public final class PleziRequestInvalidException extends PleziApiException {

  private static final long serialVersionUID = 1L;

  /** Every violation found (at least one), as {@link #violations()} returns them. */
  private final List<Violation> violations;

  /**
   * @param operation what was being attempted, for the message
   * @param violations every violation found (at least one)
   */
  public PleziRequestInvalidException(String operation, List<Violation> violations) {
    super(message(operation, violations), 0, null, null, List.of(), null);
    this.violations = List.copyOf(violations);
  }

  private static String message(String operation, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("at least one violation is required");
    }
    return "Invalid Plezi " + operation + " request (" + violations.size() + " violation"
        + (violations.size() == 1 ? "" : "s") + "): "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /** @return every violation, sorted by field path */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * One violated rule.
   *
   * @param field the path of the offending value, e.g. {@code email} or
   *     {@code fields[plz_social_tags][1]}
   * @param message what is wrong with it
   */
  public record Violation(String field, String message) {

    /**
     * Checks both parts are present.
     *
     * @param field the path of the offending value
     * @param message what is wrong with it
     * @throws NullPointerException if {@code field} or {@code message} is {@code null}
     */
    public Violation {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return field + ": " + message;
    }
  }
}
