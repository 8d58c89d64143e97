package io.github.ghlplezi.sync.stats;

import java.util.List;

/** Segment rules that cannot be used; {@link #problems()} lists every problem found, not only the first. */
public final class SegmentRulesException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order they were found. */
  private final List<String> problems;

  /** @param problems every problem, each naming the field, value or aggregate */
  public SegmentRulesException(List<String> problems) {
    super(problems.size() + " problem(s) in the segment rules: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found */
  public List<String> problems() {
    return problems;
  }
}
