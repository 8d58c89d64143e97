package io.github.ghlplezi.sync.http.internal;

import io.github.ghlplezi.sync.http.Sleeper;
import java.io.InterruptedIOException;
import java.time.Duration;

final class Waits {
  private Waits() {}

  static void sleep(Sleeper sleeper, Duration d) throws InterruptedIOException {
    if (d.isZero() || d.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting " + d.toMillis() + " ms");
      io.initCause(e);
      throw io;
    }
  }
}
