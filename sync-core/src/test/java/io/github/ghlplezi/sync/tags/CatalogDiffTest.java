package io.github.ghlplezi.sync.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.fetch.SourceTag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  private static Map<String, CatalogEntry> catalogOf(List<SourceTag> tags) {
    return CatalogDiff.of("loc", Map.of(), tags, T0).next().stream()
        .collect(Collectors.toMap(CatalogEntry::tagId, Function.identity()));
  }

  private static List<String> described(CatalogDiff diff) {
    return diff.changes().stream().map(CatalogChange::describe).toList();
  }

  @Test
  void each_kind_of_change_is_found_once() {
    Map<String, CatalogEntry> catalog = catalogOf(List.of(new SourceTag("a", "Keep", false),
        new SourceTag("b", "Old", false), new SourceTag("c", "Soft", false), new SourceTag("d", "Gone", false),
        new SourceTag("e", "Back", true)));

    CatalogDiff diff = CatalogDiff.of("loc", catalog, List.of(new SourceTag("a", "Keep", false),
        new SourceTag("b", "New", false), new SourceTag("c", "Soft", true), new SourceTag("e", "Back", false),
        new SourceTag("f", "Fresh", false), new SourceTag("g", "Born deleted", true)), T1);

    assertEquals(List.of("renamed b 'Old' -> 'New'", "deleted c 'Soft'", "restored e 'Back'", "created f 'Fresh'",
        "deleted d 'Gone'"), described(diff));
    Map<String, CatalogEntry> next = diff.next().stream()
        .collect(Collectors.toMap(CatalogEntry::tagId, Function.identity()));
    assertEquals(T0, next.get("a").firstSeen());
    assertEquals(T1, next.get("a").lastSeen());
    assertTrue(next.get("d").deleted());
    assertEquals(T0, next.get("d").lastSeen(), "a tag no longer listed was last seen before");
    assertTrue(next.get("g").deleted());
  }

  @Test
  void the_same_fetch_against_the_advanced_catalog_finds_nothing() {
    List<SourceTag> tags = List.of(new SourceTag("a", "One", false), new SourceTag("b", "Two", true));
    Map<String, CatalogEntry> catalog = catalogOf(tags);

    assertEquals(List.of(), CatalogDiff.of("loc", catalog, tags, T1).changes());
    assertEquals(List.of(), CatalogDiff.of("loc", catalog, List.of(new SourceTag("a", "One", false)), T1).changes(),
        "a deleted tag that stops being listed is not deleted twice");
  }

  @Test
  void a_restored_tag_with_a_new_name_is_restored_and_renamed() {
    Map<String, CatalogEntry> catalog = catalogOf(List.of(new SourceTag("a", "Before", true)));

    assertEquals(List.of("restored a 'After'", "renamed a 'Before' -> 'After'"),
        described(CatalogDiff.of("loc", catalog, List.of(new SourceTag("a", "After", false)), T1)));
  }

  @Test
  void option_rules_prefer_the_id_override_then_the_name_override_then_the_slug() {
    OptionRules rules = new OptionRules("plz_social_tags", java.util.Set.of("promo", "sale", "webinar"),
        Map.of("id-1", "promo", "Soldes d'été", "sale"));

    OptionRules.MappedTags mapped = rules.map(List.of(new SourceTag("id-1", "Whatever", false),
        new SourceTag("id-2", "Soldes d'été", false), new SourceTag("id-3", "Webinar!", false),
        new SourceTag("id-4", "Unknown Thing", false), new SourceTag("id-5", "Webinar", true),
        new SourceTag("id-6", "???", false)));

    assertEquals(List.of("promo", "sale", "webinar"), mapped.values());
    assertEquals(List.of("add option unknown-thing to field plz_social_tags (tag 'Unknown Thing')"),
        mapped.missing().stream().map(MissingOption::advice).toList());
  }
}
