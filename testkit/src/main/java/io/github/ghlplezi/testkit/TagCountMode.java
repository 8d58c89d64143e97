package io.github.ghlplezi.testkit;

/**
 * What {@code results.count} means in the GHL tags listing. HighLevel does not document it; the
 * sibling posts listing was observed to return the total, so {@link #TOTAL} is the default.
 */
public enum TagCountMode {
  /** The number of tags matching the filter, across all pages. */
  TOTAL,
  /** The number of tags on the returned page. */
  PAGE
}
