package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The state of a Social Planner post.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class PostStatus {

  private static final Map<String, PostStatus> KNOWN = new LinkedHashMap<>();

  /** {@code in_progress}. */
  public static final PostStatus IN_PROGRESS = register("in_progress");

  /** {@code draft}. */
  public static final PostStatus DRAFT = register("draft");

  /** {@code failed}. */
  public static final PostStatus FAILED = register("failed");

  /** {@code published}. */
  public static final PostStatus PUBLISHED = register("published");

  /** {@code scheduled}. */
  public static final PostStatus SCHEDULED = register("scheduled");

  /** {@code in_review}. */
  public static final PostStatus IN_REVIEW = register("in_review");

  /** {@code notification_sent}. */
  public static final PostStatus NOTIFICATION_SENT = register("notification_sent");

  /** {@code deleted}. */
  public static final PostStatus DELETED = register("deleted");

  private final String value;
  private final boolean known;

  private PostStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static PostStatus register(String value) {
    PostStatus constant = new PostStatus(value, true);
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
  public static PostStatus of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("PostStatus value must not be blank");
    }
    PostStatus constant = KNOWN.get(value);
    if (constant != null) {
      return constant;
    }
    constant = KNOWN.get(value.toLowerCase(Locale.ROOT));
    if (constant == null) {
      for (PostStatus candidate : KNOWN.values()) {
        if (candidate.value.equalsIgnoreCase(value)) {
          constant = candidate;
        }
      }
    }
    return constant != null ? constant : new PostStatus(value, false);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<PostStatus> knownValues() {
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
    return other instanceof PostStatus that && value.equals(that.value);
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
