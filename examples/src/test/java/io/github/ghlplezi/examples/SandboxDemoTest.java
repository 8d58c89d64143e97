package io.github.ghlplezi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ghlplezi.sync.tags.OptionSlugs;
import io.github.ghlplezi.testkit.Fault;
import io.github.ghlplezi.testkit.FaultRule;
import io.github.ghlplezi.testkit.Sandbox;
import io.github.ghlplezi.testkit.SeededLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxDemoTest {

  @Test
  void the_demo_syncs_three_locations_then_prints_the_catalog_diff_and_the_missing_option() {
    try (Sandbox sandbox = Sandbox.start()) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();

      int status = SandboxDemo.run(sandbox, new PrintStream(buffer, true, StandardCharsets.UTF_8));

      String output = buffer.toString(StandardCharsets.UTF_8);
      assertEquals(0, status, output);
      List<SeededLocation> synced = sandbox.ghl().locations().subList(0, SandboxDemo.LOCATIONS);
      for (SeededLocation location : synced) {
        List<String> tagNames = sandbox.ghl().activeTagNames(location.id()).stream()
            .filter(name -> !name.equals(SandboxDemo.NEW_TAG_WITHOUT_OPTION)).toList();
        assertFalse(tagNames.isEmpty(), "the seed gives every location tags");
        String line = output.lines().filter(l -> l.startsWith("location " + location.id() + "  tags created: "))
            .findFirst().orElseThrow(() -> new AssertionError("no line for " + location.id() + " in\n" + output));
        if (!location.equals(synced.get(0))) {   // the demo changes the first location's tags after this line
          assertTrue(line.contains("tags created: " + tagNames.size()), line);
        }

        String email = SandboxDemo.contactEmailFor(location);
        List<String> held = sandbox.plezi().contact(email)
            .orElseThrow(() -> new AssertionError("Plezi holds no contact " + email))
            .fields().get(sandbox.plezi().tagFieldKey());
        assertEquals(tagNames.stream().map(OptionSlugs::of).distinct().toList(), held);
      }
      assertTrue(output.contains("summary: 3 of 3 locations synced, 0 failed"), output);
      assertTrue(output.contains("would write plz_social_tags"), output);
      assertTrue(output.contains("tag renamed"), output);
      assertTrue(output.contains("tag deleted"), output);
      assertTrue(output.contains("tag created"), output);
      assertTrue(output.contains(synced.get(0).id() + ": add option winter-launch-2027 to field plz_social_tags"),
          output);
      assertEquals(SandboxDemo.LOCATIONS, sandbox.plezi().contacts().size(),
          "the demo writes exactly one contact per synced location");
    }
  }

  @Test
  void the_demo_reports_failure_with_a_non_zero_status_when_plezi_refuses_the_writes() {
    try (Sandbox sandbox = Sandbox.start()) {
      sandbox.plezi().faults().add(
          FaultRule.onPath(".*/create_contact_after_webform").fault(Fault.status(401)));
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();

      int status = SandboxDemo.run(sandbox, new PrintStream(buffer, true, StandardCharsets.UTF_8));

      String output = buffer.toString(StandardCharsets.UTF_8);
      assertEquals(1, status, output);
      assertTrue(output.contains("FAILED at DELIVER"), output);
      assertTrue(output.contains("summary: 0 of 3 locations synced, 3 failed"), output);
    }
  }
}
