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

  /** Starts a rule for paths (without query) that fully match {@code regex}. */
  public static Builder onPath(String regex) {
    return new Builder(Pattern.compile(regex));
  }

  /** Starts a rule matching every call. */
  public static Builder always() {
    return onPath(".*");
  }

  public String method() {
    return method;
  }

  public Pattern path() {
    return path;
  }

  public double probability() {
    return probability;
  }

  /** How many matching calls may be faulted; -1 for no limit. */
  public int times() {
    return times;
  }

  public Fault fault() {
    return fault;
  }

  /** Whether this rule's method and path match (probability and count are checked elsewhere). */
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

    /** Only calls with this HTTP method. */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      return this;
    }

    /** Chance (0..1] that a matching call is faulted; default 1. */
    public Builder probability(double probability) {
      if (!(probability > 0.0 && probability <= 1.0)) {
        throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
      }
      this.probability = probability;
      return this;
    }

    /** At most this many faulted calls; default unlimited. */
    public Builder times(int times) {
      if (times < 1) {
        throw new IllegalArgumentException("times must be >= 1: " + times);
      }
      this.times = times;
      return this;
    }

    /** Sets the fault and builds the rule. */
    public FaultRule fault(Fault fault) {
      this.fault = Objects.requireNonNull(fault, "fault");
      return new FaultRule(this);
    }
  }
}
