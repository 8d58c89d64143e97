package io.github.ghlplezi.plezi.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A typed value of a Plezi contact field. Values are written with {@link ContactFields.Builder};
 * how each type becomes text on the wire follows {@code PleziProtocol}.
 */
public sealed interface FieldValue {

  /**
   * Free text (short or long text fields).
   *
   * @param value the text
   */
  record Text(String value) implements FieldValue {
    /**
     * Checks the value is present.
     *
     * @param value the text
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A number, written without exponent ({@code 12.5}, {@code 1000}).
   *
   * @param value the number
   */
  record Number(BigDecimal value) implements FieldValue {
    /**
     * Checks the value is present.
     *
     * @param value the number
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public Number {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A calendar date (ISO {@code 2026-11-27} by default).
   *
   * @param value the date
   */
  record Date(LocalDate value) implements FieldValue {
    /**
     * Checks the value is present.
     *
     * @param value the date
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public Date {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * An instant (ISO-8601 in UTC, {@code 2026-11-27T10:15:30Z}, by default).
   *
   * @param value the instant
   */
  record DateTime(Instant value) implements FieldValue {
    /**
     * Checks the value is present.
     *
     * @param value the instant
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public DateTime {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * One option of a drop-down field, by its slug.
   *
   * @param option the option slug, e.g. {@code une-entreprise}
   */
  record Select(String option) implements FieldValue {
    /**
     * Checks the option is present.
     *
     * @param option the option slug
     * @throws NullPointerException if {@code option} is {@code null}
     */
    public Select {
      Objects.requireNonNull(option, "option");
    }
  }

  /**
   * Options of a multiple-selection field, by their slugs, in order, without duplicates. An empty
   * list clears the field when the write replaces values.
   *
   * @param options the option slugs
   */
  record MultiSelect(List<String> options) implements FieldValue {
    /**
     * Copies the options, dropping repeated ones (the first occurrence keeps its place).
     *
     * @param options the option slugs
     * @throws NullPointerException if {@code options} or one of its slugs is {@code null}
     */
    public MultiSelect {
      options = List.copyOf(new java.util.LinkedHashSet<>(
          Objects.requireNonNull(options, "options")));
    }
  }
}
