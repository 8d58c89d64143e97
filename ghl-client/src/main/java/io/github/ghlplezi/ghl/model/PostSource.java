package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * Where a Social Planner post was created.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class PostSource extends OpenValue {

  private static final OpenValues<PostSource> VALUES =
      new OpenValues<>("PostSource", value -> new PostSource(value, false));

  /** {@code composer}. */
  public static final PostSource COMPOSER = VALUES.register(new PostSource("composer", true));

  /** {@code csv}. */
  public static final PostSource CSV = VALUES.register(new PostSource("csv", true));

  /** {@code recurring}. */
  public static final PostSource RECURRING = VALUES.register(new PostSource("recurring", true));

  /** {@code review}. */
  public static final PostSource REVIEW = VALUES.register(new PostSource("review", true));

  /** {@code rss}. */
  public static final PostSource RSS = VALUES.register(new PostSource("rss", true));

  private PostSource(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the constant for a known value (matched exactly, then ignoring case) or a new
   * instance carrying an unknown value.
   *
   * @param value the wire value
   * @return the instance
   * @throws IllegalArgumentException if the value is {@code null} or blank
   */
  @JsonCreator
  public static PostSource of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<PostSource> knownValues() {
    return VALUES.known();
  }
}
