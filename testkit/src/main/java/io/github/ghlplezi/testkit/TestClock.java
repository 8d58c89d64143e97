package io.github.ghlplezi.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The controllable clock both fakes read: token expiry, rate-limit windows, statistics day buckets,
 * webhook retry schedules and timestamps all follow it.
 *
 * <p>A frozen clock (the default in tests) only moves when {@link #advance(Duration)} or
 * {@link #set(Instant)} is called. A ticking clock (the standalone sandbox) also follows the wall
 * clock, plus any offset added by {@code advance}. Thread-safe.
 */
public final class TestClock extends Clock {

  private final Object lock = new Object();
  private final boolean ticking;
  private Instant anchor;
  private long anchorNanos;

  private TestClock(Instant start, boolean ticking) {
    this.anchor = Objects.requireNonNull(start, "start");
    this.ticking = ticking;
    this.anchorNanos = System.nanoTime();
  }

  /**
   * A clock that stays at {@code start} until advanced or set.
   *
   * @param start the clock's instant
   * @return the clock
   */
  public static TestClock frozenAt(Instant start) {
    return new TestClock(start, false);
  }

  /**
   * A clock that starts at {@code start} and then moves with the wall clock (plus any advance).
   *
   * @param start the clock's first instant
   * @return the clock
   */
  public static TestClock tickingFrom(Instant start) {
    return new TestClock(start, true);
  }

  /**
   * Whether this clock follows the wall clock between explicit changes.
   *
   * @return whether the clock ticks
   */
  public boolean isTicking() {
    return ticking;
  }

  @Override
  public Instant instant() {
    synchronized (lock) {
      if (!ticking) {
        return anchor;
      }
      return anchor.plusNanos(System.nanoTime() - anchorNanos);
    }
  }

  /**
   * Moves the clock forward (or backward for a negative duration).
   *
   * @param duration how far to move
   */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    synchronized (lock) {
      anchor = anchor.plus(duration);
    }
  }

  /**
   * Puts the clock at {@code instant}.
   *
   * @param instant the new now
   */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    synchronized (lock) {
      anchor = instant;
      anchorNanos = System.nanoTime();
    }
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    TestClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + (ticking ? ", ticking" : ", frozen") + "]";
  }
}
