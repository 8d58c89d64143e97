package io.github.ghlplezi.sync.stats;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One test of a segment rule, over an aggregate's value or the location's tag options. An aggregate
 * without a value (week-over-week when last week summed to 0) satisfies neither {@link AtLeast} nor
 * {@link Below}.
 */
public sealed interface Condition {

  /**
   * @param aggregates the location's aggregate values by name
   * @param tags the location's tag options
   * @return whether the condition holds
   */
  boolean test(Map<String, Double> aggregates, Set<String> tags);

  /**
   * The aggregate is at least the threshold.
   *
   * @param aggregate the aggregate's name
   * @param threshold the threshold (included)
   */
  record AtLeast(String aggregate, double threshold) implements Condition {
    /**
     * Checks the name.
     *
     * @param aggregate the aggregate's name
     * @param threshold the threshold (included)
     */
    public AtLeast {
      Objects.requireNonNull(aggregate, "aggregate");
    }

    @Override
    public boolean test(Map<String, Double> aggregates, Set<String> tags) {
      Double v = aggregates.get(aggregate);
      return v != null && v >= threshold;
    }
  }

  /**
   * The aggregate is below the threshold.
   *
   * @param aggregate the aggregate's name
   * @param threshold the threshold (excluded)
   */
  record Below(String aggregate, double threshold) implements Condition {
    /**
     * Checks the name.
     *
     * @param aggregate the aggregate's name
     * @param threshold the threshold (excluded)
     */
    public Below {
      Objects.requireNonNull(aggregate, "aggregate");
    }

    @Override
    public boolean test(Map<String, Double> aggregates, Set<String> tags) {
      Double v = aggregates.get(aggregate);
      return v != null && v < threshold;
    }
  }

  /**
   * The location has (or, with {@code present = false}, lacks) a tag option.
   *
   * @param option the tag's option slug
   * @param present whether it must be there
   */
  record Tag(String option, boolean present) implements Condition {
    /**
     * Checks the option.
     *
     * @param option the tag's option slug
     * @param present whether it must be there
     */
    public Tag {
      Objects.requireNonNull(option, "option");
    }

    @Override
    public boolean test(Map<String, Double> aggregates, Set<String> tags) {
      return tags.contains(option) == present;
    }
  }
}
