package io.github.ghlplezi.sync.adversarial;

import io.github.ghlplezi.sync.token.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * Gzip bombs and a poisoned {@code X-RateLimit-Max}, run in a child JVM with a 128 MiB heap so an
 * unbounded client fails there, not here ({@link BoundedMemoryChild}). Each case must end with a
 * result or a documented exception, without {@code OutOfMemoryError}, and its calling thread must
 * allocate far less than the inflated size.
 */
class BoundedMemoryTest {

  /** Thread allocation above this means the body was inflated (nearly) whole. */
  static final long BOUND_MIB = BoundedMemoryChild.INFLATED_MIB / 2;

  @Test
  void gzip_bombs_and_a_rate_limit_max_of_two_billion_stay_within_a_small_heap() throws Exception {
    Tally tally = Tally.of("bounded-memory/child-jvm");
    try (ChildJvm child = ChildJvm.start(BoundedMemoryChild.class)) {
      child.awaitLine("DONE", 240);
      for (String line : child.transcript()) {
        if (!line.startsWith("CASE ")) {
          continue;
        }
        String[] parts = line.split(" ");
        String name = parts[1];
        String outcome = parts[2];
        long mib = Long.parseLong(parts[3]);
        tally.tried();
        if (outcome.equals("oom")) {
          tally.crash(name + ": OutOfMemoryError in a 128 MiB heap", null);
        } else if (outcome.startsWith("crash:")) {
          tally.crash(name + ": " + outcome.substring("crash:".length()), null);
        } else if (mib > BOUND_MIB) {
          tally.accepted(name + ": the calling thread allocated " + mib + " MiB");
        }
      }
    }
    tally.assertClean();
  }
}
