package io.github.ghlplezi.sync.adversarial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the adversarial counts, one line per area, when the whole test run (Jupiter and jqwik)
 * ends, and writes them to {@code target/adversarial-counts.txt}. Registered through
 * {@code META-INF/services}; prints nothing in runs that tried no adversarial case.
 */
public final class SummaryListener implements TestExecutionListener {

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    var lines = Tally.lines();
    if (lines.isEmpty()) {
      return;
    }
    lines.forEach(System.out::println);
    try {
      Path target = Path.of("target");
      if (Files.isDirectory(target)) {
        Files.write(target.resolve("adversarial-counts.txt"), lines);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
