package io.github.ghlplezi.sync.tags;

import io.github.ghlplezi.sync.fetch.SourceTag;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which Plezi option each tag maps to. Plezi's API cannot list a field's options, so they are
 * configuration: the admin's copy of the multi-select field's option slugs.
 *
 * <p>A tag's option is, in this order: the override for its id, the override for its exact name, or
 * the slug of its name ({@link OptionSlugs}). A tag whose option is not among {@link #options()} is not
 * sent; it is reported as a {@link MissingOption} ("add option X to field Y").
 *
 * @param fieldKey the Plezi multi-select field that receives the tags, e.g. {@code plz_social_tags}
 * @param options the option slugs the field has in Plezi
 * @param overrides tag id or exact tag name to option slug, for tags whose slug is not the option
 */
public record OptionRules(String fieldKey, Set<String> options, Map<String, String> overrides) {

  private static final Pattern FIELD_KEY = Pattern.compile("^[a-z][a-z0-9_]*$");
  private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  /**
   * Copies the collections and validates them; the message names the offending entry.
   *
   * @param fieldKey the Plezi multi-select field that receives the tags, e.g. {@code plz_social_tags}
   * @param options the option slugs the field has in Plezi
   * @param overrides tag id or exact tag name to option slug, for tags whose slug is not the option
   */
  public OptionRules {
    Objects.requireNonNull(fieldKey, "fieldKey");
    if (!FIELD_KEY.matcher(fieldKey).matches()) {
      throw new IllegalArgumentException("fieldKey must be a lower-case Plezi field key: '" + fieldKey + "'");
    }
    options = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(options));
    overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    for (String option : options) {
      if (!SLUG.matcher(option).matches()) {
        throw new IllegalArgumentException("options: '" + option + "' is not an option slug");
      }
    }
    overrides.forEach((tag, option) -> {
      if (!SLUG.matcher(option).matches()) {
        throw new IllegalArgumentException("overrides[" + tag + "]: '" + option + "' is not an option slug");
      }
    });
  }

  /**
   * Rules with these options and no override.
   *
   * @param fieldKey the Plezi multi-select field the tags go to
   * @param options the field's option slugs
   * @return the rules
   */
  public static OptionRules of(String fieldKey, Iterable<String> options) {
    Set<String> set = new LinkedHashSet<>();
    options.forEach(set::add);
    return new OptionRules(fieldKey, set, Map.of());
  }

  /**
   * The option a tag should map to, whether or not the field has it; empty for a name without letter or digit.
   *
   * @param tag a HighLevel tag
   * @return the slug of the option it maps to
   */
  public Optional<String> wantedOption(SourceTag tag) {
    String override = overrides.get(tag.id());
    if (override == null) {
      override = overrides.get(tag.name());
    }
    String option = override != null ? override : OptionSlugs.of(tag.name());
    return option.isEmpty() ? Optional.empty() : Optional.of(option);
  }

  /**
   * The pure transform: active tags in, the field's values and the tags without an option out.
   *
   * @param tags a location's tags (deleted ones are skipped)
   * @return distinct options in order of first appearance, and the tags whose option the field lacks
   */
  public MappedTags map(List<SourceTag> tags) {
    Set<String> values = new LinkedHashSet<>();
    Map<String, MissingOption> missing = new LinkedHashMap<>();
    for (SourceTag tag : tags) {
      if (tag.deleted()) {
        continue;
      }
      Optional<String> option = wantedOption(tag);
      if (option.isEmpty()) {
        continue;
      }
      if (options.contains(option.get())) {
        values.add(option.get());
      } else {
        missing.putIfAbsent(tag.id(), new MissingOption(tag.id(), tag.name(), option.get(), fieldKey));
      }
    }
    return new MappedTags(List.copyOf(values), List.copyOf(missing.values()));
  }

  /**
   * The outcome of {@link #map(List)}.
   *
   * @param values the option slugs to write, in order
   * @param missing the tags that have no option in the field
   */
  public record MappedTags(List<String> values, List<MissingOption> missing) {
  }
}
