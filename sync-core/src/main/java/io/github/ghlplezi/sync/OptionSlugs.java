package io.github.ghlplezi.sync;

/**
 * Turns a Social Planner tag name into the slug of a Plezi multi-select option.
 *
 * @deprecated moved to {@link io.github.ghlplezi.sync.tags.OptionSlugs}; this delegate goes with {@link TagSync}.
 */
@Deprecated(forRemoval = true)
public final class OptionSlugs {

  private OptionSlugs() {
  }

  /**
   * The slug of one name.
   *
   * @param name a tag name
   * @return its slug; empty when the name holds no letter or digit
   */
  public static String of(String name) {
    return io.github.ghlplezi.sync.tags.OptionSlugs.of(name);
  }
}
