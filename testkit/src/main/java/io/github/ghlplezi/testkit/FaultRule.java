package io.github.ghlplezi.testkit;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When to inject a {@link Fault}: calls whose path matches a regular expression (and optionally a
 * method), with a probability drawn from the sandbox's seeded random source, for at most a number of
 * matching calls.
 *
 * <pre>{@code
 * sandbox.ghl().faults().add(FaultRule.onPath("/social-media-posting/.*\/tags")
 *     .method("GET").probability(0.5).times(3).fault(Fault.status(503)));
 * }</pre>
 */
public final class FaultRule {
  private final String method;
  private final Pattern path;
  private final double probability;
  private final int times;
  private final Fault fault;

  private FaultRule(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.probability = b.probability;
    this.times = b.times;
    this.fault = Objects.requireNonNull(b.fault, "fault");
  }

  /**
   * Starts a rule for paths (without query) that fully match {@code regex}.
   *
   * @param regex a regular expression over the whole path
   * @return a builder for the rule
   */
  public static Builder onPath(String regex) {
    return new Builder(Pattern.compile(regex));
  }

  /**
   * Starts a rule matching every call.
   *
   * @return a builder for the rule
   */
  public static Builder always() {
    return onPath(".*");
  }

  /**
   * The HTTP method this rule is limited to.
   *
   * @return the method in upper case, or {@code null} for any method
   */
  public String method() {
    return method;
  }

  /**
   * The paths this rule matches.
   *
   * @return the pattern, matched against the whole path without query
   */
  public Pattern path() {
    return path;
  }

  /**
   * The chance that a matching call is faulted.
   *
   * @return a value in (0, 1]
   */
  public double probability() {
    return probability;
  }

  /**
   * How many matching calls may be faulted; -1 for no limit.
   *
   * @return the limit, or -1
   */
  public int times() {
    return times;
  }

  /**
   * What a faulted call gets.
   *
   * @return the fault
   */
  public Fault fault() {
    return fault;
  }

  /**
   * Whether this rule's method and path match (probability and count are checked elsewhere).
   *
   * @param requestMethod the call's HTTP method
   * @param requestPath the call's path, without query
   * @return whether the rule applies to the call
   */
  public boolean matches(String requestMethod, String requestPath) {
    return (method == null || method.equals(requestMethod.toUpperCase(Locale.ROOT)))
        && path.matcher(requestPath).matches();
  }

  @Override
  public String toString() {
    return "FaultRule[" + (method == null ? "*" : method) + " " + path + " p=" + probability
        + " times=" + times + " " + fault + "]";
  }

  /** Builder of a {@link FaultRule}. */
  public static final class Builder {
    private final Pattern path;
    private String method;
    private double probability = 1.0;
    private int times = -1;
    private Fault fault;

    private Builder(Pattern path) {
      this.path = path;
    }

    /**
     * Only calls with this HTTP method.
     *
     * @param method the HTTP method, any case
     * @return this builder
     */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * Chance (0..1] that a matching call is faulted; default 1.
     *
     * @param probability a value in (0, 1]
     * @return this builder
     * @throws IllegalArgumentException if the value is outside (0, 1]
     */
    public Builder probability(double probability) {
      if (!(probability > 0.0 && probability <= 1.0)) {
        throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
      }
      this.probability = probability;
      return this;
    }

    /**
     * At most this many faulted calls; default unlimited.
     *
     * @param times the limit; at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code times} is less than 1
     */
    public Builder times(int times) {
      if (times < 1) {
        throw new IllegalArgumentException("times must be >= 1: " + times);
      }
      this.times = times;
      return this;
    }

    /**
     * Sets the fault and builds the rule.
     *
     * @param fault what a faulted call gets
     * @return the rule
     */
    public FaultRule fault(Fault fault) {
      this.fault = Objects.requireNonNull(fault, "fault");
      return new FaultRule(this);
    }
  }
}
