package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * The state of a Social Planner post.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class PostStatus extends OpenValue {

  private static final OpenValues<PostStatus> VALUES =
      new OpenValues<>("PostStatus", value -> new PostStatus(value, false));

  /** {@code in_progress}. */
  public static final PostStatus IN_PROGRESS = VALUES.register(new PostStatus("in_progress", true));

  /** {@code draft}. */
  public static final PostStatus DRAFT = VALUES.register(new PostStatus("draft", true));

  /** {@code failed}. */
  public static final PostStatus FAILED = VALUES.register(new PostStatus("failed", true));

  /** {@code published}. */
  public static final PostStatus PUBLISHED = VALUES.register(new PostStatus("published", true));

  /** {@code scheduled}. */
  public static final PostStatus SCHEDULED = VALUES.register(new PostStatus("scheduled", true));

  /** {@code in_review}. */
  public static final PostStatus IN_REVIEW = VALUES.register(new PostStatus("in_review", true));

  /** {@code notification_sent}. */
  public static final PostStatus NOTIFICATION_SENT = VALUES.register(new PostStatus("notification_sent", true));

  /** {@code deleted}. */
  public static final PostStatus DELETED = VALUES.register(new PostStatus("deleted", true));

  private PostStatus(String value, boolean known) {
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
  public static PostStatus of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<PostStatus> knownValues() {
    return VALUES.known();
  }
}
