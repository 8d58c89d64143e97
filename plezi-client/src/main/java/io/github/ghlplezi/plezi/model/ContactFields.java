package io.github.ghlplezi.plezi.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Custom contact fields by their Plezi identification key (e.g. {@code plz_social_tags}), each with a
 * typed value. Immutable; keeps insertion order; a key written twice keeps the last value.
 *
 * <pre>{@code
 * ContactFields fields = ContactFields.builder()
 *     .multiSelect("plz_social_tags", List.of("spring-sale", "new-product"))
 *     .number("plz_ghl_engagement_score", 42)
 *     .date("plz_ghl_stats_updated_at", LocalDate.of(2026, 11, 27))
 *     .text("plz_ghl_last_post", "Winter launch")
 *     .build();
 * }</pre>
 *
 * <p>Keys and option slugs are checked when the request is sent (lower-case key starting with a
 * letter; slugs made of lower-case letters, digits and single hyphens), together with every other
 * rule of the request, so that one exception lists every problem.
 */
public final class ContactFields {

  private static final ContactFields EMPTY = new ContactFields(Map.of());

  private final Map<String, FieldValue> values;

  private ContactFields(Map<String, FieldValue> values) {
    this.values = values;
  }

  /** @return no fields */
  public static ContactFields empty() {
    return EMPTY;
  }

  /** @return a builder with no fields */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the fields, by key, in insertion order (unmodifiable) */
  public Map<String, FieldValue> asMap() {
    return values;
  }

  /**

   * @param key a field key

   * @return its value, if set

   */
  public Optional<FieldValue> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** @return whether no field is set */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** @return how many fields are set */
  public int size() {
    return values.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactFields && ((ContactFields) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "ContactFields" + values;
  }

  /** Builder of {@link ContactFields}. */
  public static final class Builder {
    private final Map<String, FieldValue> values = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets a multiple-selection field.
     *
     * @param key the field key
     * @param optionSlugs the selected options' slugs (an empty collection clears the field)
     * @return this builder
     */
    public Builder multiSelect(String key, Collection<String> optionSlugs) {
      return put(key, new FieldValue.MultiSelect(List.copyOf(
          Objects.requireNonNull(optionSlugs, "optionSlugs"))));
    }

    /**
     * Sets a multiple-selection field.
     *
     * @param key the field key
     * @param optionSlugs the selected options' slugs
     * @return this builder
     */
    public Builder multiSelect(String key, String... optionSlugs) {
      return multiSelect(key, Arrays.asList(optionSlugs));
    }

    /**
     * Sets a drop-down (single selection) field.
     *
     * @param key the field key
     * @param optionSlug the selected option's slug
     * @return this builder
     */
    public Builder select(String key, String optionSlug) {
      return put(key, new FieldValue.Select(optionSlug));
    }

    /**
     * Sets a text field.
     *
     * @param key the field key
     * @param text the text
     * @return this builder
     */
    public Builder text(String key, String text) {
      return put(key, new FieldValue.Text(text));
    }

    /**
     * Sets a number field.
     *
     * @param key the field key
     * @param number the number
     * @return this builder
     */
    public Builder number(String key, long number) {
      return put(key, new FieldValue.Number(BigDecimal.valueOf(number)));
    }

    /**
     * Sets a number field.
     *
     * @param key the field key
     * @param number the number
     * @return this builder
     */
    public Builder number(String key, BigDecimal number) {
      return put(key, new FieldValue.Number(number));
    }

    /**
     * Sets a date field.
     *
     * @param key the field key
     * @param date the date
     * @return this builder
     */
    public Builder date(String key, LocalDate date) {
      return put(key, new FieldValue.Date(date));
    }

    /**
     * Sets a date-and-time field.
     *
     * @param key the field key
     * @param instant the instant
     * @return this builder
     */
    public Builder dateTime(String key, Instant instant) {
      return put(key, new FieldValue.DateTime(instant));
    }

    /**
     * Sets a field to an already typed value.
     *
     * @param key the field key
     * @param value the value
     * @return this builder
     */
    public Builder put(String key, FieldValue value) {
      values.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Copies every field of {@code other}, replacing fields with the same key.
     *
     * @param other fields to copy
     * @return this builder
     */
    public Builder putAll(ContactFields other) {
      values.putAll(other.values);
      return this;
    }

    /** @return the fields */
    public ContactFields build() {
      return values.isEmpty() ? EMPTY
          : new ContactFields(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }
  }
}
