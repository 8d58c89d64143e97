package io.github.ghlplezi.sync.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionSlugsTest {

  @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
  @CsvSource(delimiter = '|', value = {
    "Spring Sale!|spring-sale",
    "Été 2026|ete-2026",
    "  Product   Launch  |product-launch",
    "B2B/SaaS & AI|b2b-saas-ai",
    "already-a-slug|already-a-slug",
    "Crème brûlée — déjà vu|creme-brulee-deja-vu",
    "ÆON ﬁnal|aeon-final",
    "Straße Øst|strasse-ost",
    "!!!|''",
  })
  void slugs_are_lower_case_ascii_words_joined_by_hyphens(String name, String expected) {
    assertEquals(expected, OptionSlugs.of(name));
  }
}
