package io.github.ghlplezi.sync.http;

import java.util.random.RandomGenerator;

/** A jitter source that always draws the highest value allowed, so backoffs are their exact ceilings. */
public final class HighestDraw implements RandomGenerator {

  /** The one instance (it keeps no state). */
  public static final HighestDraw INSTANCE = new HighestDraw();

  private HighestDraw() {
  }

  @Override
  public long nextLong() {
    return Long.MAX_VALUE;
  }

  @Override
  public long nextLong(long bound) {
    return bound - 1;
  }
}
