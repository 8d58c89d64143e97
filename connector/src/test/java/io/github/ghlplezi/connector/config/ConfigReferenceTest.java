package io.github.ghlplezi.connector.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {

  /** Run with {@code -Dghlplezi.writeReference=true} to rewrite the committed table. */
  @Test
  void committed_reference_table_matches_the_config_classes() throws IOException {
    Path committed = Path.of("README-config.md");
    String generated = ConfigReference.markdown();
    if (Boolean.getBoolean("ghlplezi.writeReference")) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }
    assertEquals(generated, Files.readString(committed, StandardCharsets.UTF_8),
        "connector/README-config.md is stale: rerun this test with -Dghlplezi.writeReference=true");
  }

  @Test
  void every_key_of_a_nested_list_element_is_listed() {
    String table = ConfigReference.markdown();
    assertTrue(table.contains("| `locations[].contactEmail` |"), table);
    assertTrue(table.contains("| `schedules.tagSync.cron` |"), table);
    assertTrue(table.contains("| `segments[].rules[].when[].aggregate` |"), table);
  }
}
