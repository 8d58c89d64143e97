package io.github.ghlplezi.sync.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.fetch.SourceTag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalog diff and option rules on the cases a sync meets less often. */
class CatalogRulesEdgesTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  private static CatalogEntry entry(String id, String name, boolean deleted) {
    return new CatalogEntry("loc", id, name, OptionSlugs.of(name), deleted, T0, T0);
  }

  @Test
  void a_tag_first_seen_deleted_enters_the_catalog_deleted_without_a_change() {
    CatalogDiff diff = CatalogDiff.of("loc", Map.of(), List.of(new SourceTag("t1", "Old", true)), T1);
    assertEquals(List.of(), diff.changes());
    assertEquals(List.of(new CatalogEntry("loc", "t1", "Old", "old", true, T1, T1)), diff.next());
  }

  @Test
  void a_tag_listed_twice_counts_once_and_a_deleted_tag_no_longer_listed_stays_as_it_was() {
    CatalogDiff diff = CatalogDiff.of("loc", Map.of("t9", entry("t9", "Gone", true)),
        List.of(new SourceTag("t1", "New", false), new SourceTag("t1", "New again", false)), T1);
    assertEquals(List.of("created t1 'New'"), diff.changes().stream().map(CatalogChange::describe).toList());
    assertEquals(1, diff.next().size(), "the already deleted tag is not rewritten");
    assertEquals("New", diff.next().get(0).name());
  }

  @Test
  void a_renamed_tag_keeps_its_first_sighting_and_a_deleted_one_its_last_name() {
    CatalogDiff diff = CatalogDiff.of("loc", Map.of("t1", entry("t1", "Old", false), "t2", entry("t2", "Two", false)),
        List.of(new SourceTag("t1", "New", false), new SourceTag("t2", "Two renamed", true)), T1);
    assertEquals(List.of("renamed t1 'Old' -> 'New'", "deleted t2 'Two'"),
        diff.changes().stream().map(CatalogChange::describe).toList());
    assertEquals(T0, diff.next().get(0).firstSeen());
    assertEquals(T1, diff.next().get(0).lastSeen());
    assertTrue(diff.next().get(1).deleted());
  }

  @Test
  void a_restored_tag_under_its_old_name_is_only_restored() {
    CatalogDiff diff = CatalogDiff.of("loc", Map.of("t1", entry("t1", "Same", true)),
        List.of(new SourceTag("t1", "Same", false)), T1);
    assertEquals(List.of("restored t1 'Same'"), diff.changes().stream().map(CatalogChange::describe).toList());
  }

  @Test
  void option_rules_refuse_malformed_keys_and_slugs_naming_the_entry() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> OptionRules.of("Plz-Tags", List.of("a")))
        .getMessage().contains("'Plz-Tags'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> OptionRules.of("plz_tags", List.of("Not A Slug")))
        .getMessage().contains("'Not A Slug'"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new OptionRules("plz_tags", Set.of("a"), Map.of("t1", "-bad-"))).getMessage().contains("overrides[t1]"));
    assertThrows(NullPointerException.class, () -> OptionRules.of(null, List.of()));
  }

  @Test
  void a_name_without_letter_or_digit_wants_no_option_unless_overridden() {
    OptionRules rules = new OptionRules("plz_tags", Set.of("misc"), Map.of("!!!", "misc"));
    assertEquals(Optional.empty(), rules.wantedOption(new SourceTag("t1", "???", false)));
    assertEquals(Optional.of("misc"), rules.wantedOption(new SourceTag("t2", "!!!", false)));
    OptionRules.MappedTags mapped = rules.map(List.of(new SourceTag("t3", "Fresh", false),
        new SourceTag("t3", "Fresh", false)));
    assertEquals(List.of(), mapped.values());
    assertEquals(1, mapped.missing().size(), "one advice per tag");
    assertEquals(new MissingOption("t3", "Fresh", "fresh", "plz_tags"), mapped.missing().get(0));
  }

  @Test
  void catalog_values_refuse_missing_parts() {
    assertThrows(NullPointerException.class, () -> new CatalogChange(null, "t", CatalogChange.Kind.CREATED, "", "n"));
    assertThrows(NullPointerException.class, () -> new CatalogChange("l", null, CatalogChange.Kind.CREATED, "", "n"));
    assertThrows(NullPointerException.class, () -> new CatalogChange("l", "t", null, "", "n"));
    assertThrows(NullPointerException.class, () -> new CatalogChange("l", "t", CatalogChange.Kind.CREATED, null, "n"));
    assertThrows(NullPointerException.class, () -> new CatalogChange("l", "t", CatalogChange.Kind.CREATED, "", null));
    assertThrows(NullPointerException.class, () -> new CatalogEntry(null, "t", "n", "s", false, T0, T0));
    assertThrows(NullPointerException.class, () -> new CatalogEntry("l", null, "n", "s", false, T0, T0));
    assertThrows(NullPointerException.class, () -> new CatalogEntry("l", "t", null, "s", false, T0, T0));
    assertThrows(NullPointerException.class, () -> new CatalogEntry("l", "t", "n", null, false, T0, T0));
    assertThrows(NullPointerException.class, () -> new CatalogEntry("l", "t", "n", "s", false, null, T0));
    assertThrows(NullPointerException.class, () -> new CatalogEntry("l", "t", "n", "s", false, T0, null));
  }
}
