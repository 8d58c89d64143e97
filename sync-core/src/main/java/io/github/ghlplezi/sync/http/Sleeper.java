package io.github.ghlplezi.sync.http;

import java.time.Duration;

/**
 * Waits for a duration. Production code uses {@link #system()}; tests inject a sleeper that advances
 * a test clock instead, so no test waits in real time.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code duration} (or advances a test clock by it).
   *
   * @param duration how long
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * The real sleeper: {@link Thread#sleep(long)}.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return d -> {
      long ms = d.toMillis();
      if (ms > 0) {
        Thread.sleep(ms);
      }
    };
  }
}
