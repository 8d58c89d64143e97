package io.github.ghlplezi.sync.alert;

import java.util.List;

/** Alert rules that cannot be used; {@link #problems()} lists every problem found, not only the first. */
public final class AlertRuleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order they were found. */
  private final transient List<String> problems;

  /**
   * A refusal listing every problem.
   *
   * @param problems every problem, each naming the rule and the field
   */
  public AlertRuleException(List<String> problems) {
    super(problems.size() + " problem(s) in the alert rules: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return the problems, in the order they were found
   */
  public List<String> problems() {
    return problems;
  }
}
