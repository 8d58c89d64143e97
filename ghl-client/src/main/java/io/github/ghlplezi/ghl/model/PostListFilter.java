package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which posts {@code posts/list} returns (the {@code type} of the search).
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class PostListFilter {

  private static final Map<String, PostListFilter> KNOWN = new LinkedHashMap<>();

  /** {@code recent}. */
  public static final PostListFilter RECENT = register("recent");

  /** {@code all}. */
  public static final PostListFilter ALL = register("all");

  /** {@code scheduled}. */
  public static final PostListFilter SCHEDULED = register("scheduled");

  /** {@code draft}. */
  public static final PostListFilter DRAFT = register("draft");

  /** {@code failed}. */
  public static final PostListFilter FAILED = register("failed");

  /** {@code in_review}. */
  public static final PostListFilter IN_REVIEW = register("in_review");

  /** {@code published}. */
  public static final PostListFilter PUBLISHED = register("published");

  /** {@code in_progress}. */
  public static final PostListFilter IN_PROGRESS = register("in_progress");

  /** {@code deleted}. */
  public static final PostListFilter DELETED = register("deleted");

  private final String value;
  private final boolean known;

  private PostListFilter(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static PostListFilter register(String value) {
    PostListFilter constant = new PostListFilter(value, true);
    KNOWN.put(value, constant);
    return constant;
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
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("PostListFilter value must not be blank");
    }
    PostListFilter constant = KNOWN.get(value);
    if (constant != null) {
      return constant;
    }
    constant = KNOWN.get(value.toLowerCase(Locale.ROOT));
    if (constant == null) {
      for (PostListFilter candidate : KNOWN.values()) {
        if (candidate.value.equalsIgnoreCase(value)) {
          constant = candidate;
        }
      }
    }
    return constant != null ? constant : new PostListFilter(value, false);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<PostListFilter> knownValues() {
    return Collections.unmodifiableCollection(KNOWN.values());
  }

  /** @return the value as sent on the wire */
  @JsonValue
  public String value() {
    return value;
  }

  /** @return whether this is one of the constants of this class */
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PostListFilter that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
