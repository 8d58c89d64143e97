package io.github.ghlplezi.ghl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a Social Planner post was created.
 *
 * <p>An open enumeration: {@link #of(String)} accepts values HighLevel adds later, so a new value
 * never breaks deserialization; {@link #isKnown()} tells whether the value is one of the
 * constants of this class. Compare with {@code equals} or switch on {@link #value()}.
 */
public final class PostSource {

  private static final Map<String, PostSource> KNOWN = new LinkedHashMap<>();

  /** {@code composer}. */
  public static final PostSource COMPOSER = register("composer");

  /** {@code csv}. */
  public static final PostSource CSV = register("csv");

  /** {@code recurring}. */
  public static final PostSource RECURRING = register("recurring");

  /** {@code review}. */
  public static final PostSource REVIEW = register("review");

  /** {@code rss}. */
  public static final PostSource RSS = register("rss");

  private final String value;
  private final boolean known;

  private PostSource(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static PostSource register(String value) {
    PostSource constant = new PostSource(value, true);
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
  public static PostSource of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("PostSource value must not be blank");
    }
    PostSource constant = KNOWN.get(value);
    if (constant != null) {
      return constant;
    }
    constant = KNOWN.get(value.toLowerCase(Locale.ROOT));
    if (constant == null) {
      for (PostSource candidate : KNOWN.values()) {
        if (candidate.value.equalsIgnoreCase(value)) {
          constant = candidate;
        }
      }
    }
    return constant != null ? constant : new PostSource(value, false);
  }

  /** @return the constants of this class, in declaration order */
  public static Collection<PostSource> knownValues() {
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
    return other instanceof PostSource that && value.equals(that.value);
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
