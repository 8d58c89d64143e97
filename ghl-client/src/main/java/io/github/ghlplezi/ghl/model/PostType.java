package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * The kind of a Social Planner post.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class PostType extends OpenValue {

  private static final OpenValues<PostType> VALUES =
      new OpenValues<>("PostType", value -> new PostType(value, false));

  /** {@code post}. */
  public static final PostType POST = VALUES.register(new PostType("post", true));

  /** {@code story}. */
  public static final PostType STORY = VALUES.register(new PostType("story", true));

  /** {@code reel}. */
  public static final PostType REEL = VALUES.register(new PostType("reel", true));

  private PostType(String value, boolean known) {
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
  public static PostType of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<PostType> knownValues() {
    return VALUES.known();
  }
}
