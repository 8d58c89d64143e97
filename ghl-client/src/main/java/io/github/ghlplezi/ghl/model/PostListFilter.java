package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ghlplezi.ghl.internal.OpenValues;
import java.util.Collection;

/**
 * Which posts {@code posts/list} returns (the {@code type} of the search).
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class PostListFilter extends OpenValue {

  private static final OpenValues<PostListFilter> VALUES =
      new OpenValues<>("PostListFilter", value -> new PostListFilter(value, false));

  /** {@code recent}. */
  public static final PostListFilter RECENT = VALUES.register(new PostListFilter("recent", true));

  /** {@code all}. */
  public static final PostListFilter ALL = VALUES.register(new PostListFilter("all", true));

  /** {@code scheduled}. */
  public static final PostListFilter SCHEDULED = VALUES.register(new PostListFilter("scheduled", true));

  /** {@code draft}. */
  public static final PostListFilter DRAFT = VALUES.register(new PostListFilter("draft", true));

  /** {@code failed}. */
  public static final PostListFilter FAILED = VALUES.register(new PostListFilter("failed", true));

  /** {@code in_review}. */
  public static final PostListFilter IN_REVIEW = VALUES.register(new PostListFilter("in_review", true));

  /** {@code published}. */
  public static final PostListFilter PUBLISHED = VALUES.register(new PostListFilter("published", true));

  /** {@code in_progress}. */
  public static final PostListFilter IN_PROGRESS = VALUES.register(new PostListFilter("in_progress", true));

  /** {@code deleted}. */
  public static final PostListFilter DELETED = VALUES.register(new PostListFilter("deleted", true));

  private PostListFilter(String value, boolean known) {
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
  public static PostListFilter of(String value) {
    return VALUES.of(value);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<PostListFilter> knownValues() {
    return VALUES.known();
  }
}
