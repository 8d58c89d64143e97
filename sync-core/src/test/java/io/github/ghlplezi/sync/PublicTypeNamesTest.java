package io.github.ghlplezi.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No two public top-level API types of our modules (http-core, ghl-client, plezi-client, testkit,
 * sync-core: everything on this test's class path under {@code io.github.ghlplezi}, test classes
 * excluded) share a simple name, so a user importing from two modules never has to qualify one.
 * Types in {@code internal} packages are public only so that other packages of their own module
 * can reach them; they are not API and are left out.
 */
class PublicTypeNamesTest {

  /** Names allowed to repeat, each with the reason. */
  private static final Map<String, String> ALLOWED = Map.of(
      "OptionSlugs", "io.github.ghlplezi.sync.OptionSlugs is the deprecated-for-removal delegate of sync.tags.OptionSlugs");

  @Test
  void no_two_public_types_of_our_modules_share_a_simple_name() {
    Map<String, Set<String>> byName = new TreeMap<>();
    Set<String> modulesSeen = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.ghlplezi")) {
      if (c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getPackageName().contains(".internal")) {
        byName.computeIfAbsent(c.getSimpleName(), k -> new TreeSet<>()).add(c.getName());
        modulesSeen.add(c.getPackageName().replaceFirst("^io\\.github\\.ghlplezi\\.([a-z]+).*$", "$1"));
      }
    }
    assertTrue(modulesSeen.containsAll(Set.of("http", "ghl", "plezi", "testkit", "sync")), modulesSeen.toString());
    Map<String, Set<String>> duplicates = new TreeMap<>();
    byName.forEach((name, types) -> {
      if (types.size() > 1 && !ALLOWED.containsKey(name)) {
        duplicates.put(name, types);
      }
    });
    assertEquals(Map.of(), duplicates);
  }
}
