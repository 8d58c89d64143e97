package io.github.ghlplezi.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Settings for the sandbox that {@link SandboxExtension} starts for the annotated test class. Every
 * element defaults to the {@link Sandbox.Builder} default.
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * @SandboxOptions(seed = 7, unknownValueMode = UnknownValueMode.REJECT_422)
 * class RejectingPleziTest { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SandboxOptions {
  /**
   * Seed of the data.
   *
   * @return the seed
   */
  long seed() default Sandbox.DEFAULT_SEED;

  /**
   * Number of seeded locations (1..6).
   *
   * @return the number of locations
   */
  int locations() default 3;

  /**
   * Clock start as an ISO-8601 instant; empty for now.
   *
   * @return the instant, or empty
   */
  String clockStart() default "";

  /**
   * Whether the clock follows the wall clock.
   *
   * @return whether the clock ticks
   */
  boolean tickingClock() default false;

  /**
   * Meaning of the tags listing's {@code count}.
   *
   * @return the mode
   */
  TagCountMode tagCountMode() default TagCountMode.TOTAL;

  /**
   * Whether statistics changes are two-decimal strings.
   *
   * @return whether changes are strings
   */
  boolean statisticsChangeAsString() default false;

  /**
   * How Plezi treats unknown field keys and options.
   *
   * @return the mode
   */
  UnknownValueMode unknownValueMode() default UnknownValueMode.IGNORE;

  /**
   * GHL burst limit per (client, location) per 10 s.
   *
   * @return the burst limit
   */
  int ghlBurstLimit() default 100;

  /**
   * GHL daily limit per (client, location).
   *
   * @return the daily limit
   */
  int ghlDailyLimit() default 200_000;
}
