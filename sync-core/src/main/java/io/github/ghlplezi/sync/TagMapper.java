package io.github.ghlplezi.sync;

import io.github.ghlplezi.ghl.model.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pure transform of a tag sync: a location's tags in, the option slugs of the Plezi
 * multi-select field out. Deleted tags and names without a letter or digit are dropped; names that
 * share a slug ("Sale", "sale!") count once; the order of first appearance is kept.
 */
public final class TagMapper {

  /**
   * Maps tags to option slugs.
   *
   * @param tags the location's tags as read from HighLevel
   * @return the distinct option slugs, in order of first appearance
   */
  public List<String> toOptionSlugs(List<Tag> tags) {
    Set<String> slugs = new LinkedHashSet<>();
    for (Tag tag : tags) {
      if (tag.deleted()) {
        continue;
      }
      String slug = OptionSlugs.of(tag.name());
      if (!slug.isEmpty()) {
        slugs.add(slug);
      }
    }
    return List.copyOf(slugs);
  }
}
