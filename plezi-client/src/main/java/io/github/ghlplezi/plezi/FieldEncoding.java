package io.github.ghlplezi.plezi;

import io.github.ghlplezi.plezi.model.ContactFields;
import io.github.ghlplezi.plezi.model.FieldValue;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one place where typed contact-field values become request parameters.
 *
 * <table>
 *   <caption>Encodings and defaults</caption>
 *   <tr><th>value</th><th>default encoding</th></tr>
 *   <tr><td>multi-select</td><td>{@link MultiSelectEncoding#BRACKETS}: {@code key[]=a&key[]=b};
 *       an empty selection is sent as {@code key=} (clears the field when values are replaced)</td></tr>
 *   <tr><td>select</td><td>{@code key=slug}</td></tr>
 *   <tr><td>number</td><td>plain decimal, no exponent: {@code 1000}, {@code 12.5}</td></tr>
 *   <tr><td>date</td><td>{@link DateTimeFormatter#ISO_LOCAL_DATE}: {@code 2026-11-27}</td></tr>
 *   <tr><td>date-time</td><td>{@link DateTimeFormatter#ISO_INSTANT}: {@code 2026-11-27T10:15:30Z}</td></tr>
 *   <tr><td>text</td><td>as is</td></tr>
 * </table>
 *
 * <p>Plezi documents none of these; all but text are configurable.
 */
public final class FieldEncoding {

  private static final FieldEncoding DEFAULTS = builder().build();

  private final MultiSelectEncoding multiSelect;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter dateTimeFormat;

  private FieldEncoding(Builder b) {
    this.multiSelect = b.multiSelect;
    this.dateFormat = b.dateFormat;
    this.dateTimeFormat = b.dateTimeFormat.withZone(
        b.dateTimeFormat.getZone() == null ? ZoneOffset.UTC : b.dateTimeFormat.getZone());
  }

  /** @return the defaults of the class documentation */
  public static FieldEncoding defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder starting from this encoding */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.multiSelect = multiSelect;
    b.dateFormat = dateFormat;
    b.dateTimeFormat = dateTimeFormat;
    return b;
  }

  /** @return how multi-select values are written */
  public MultiSelectEncoding multiSelect() {
    return multiSelect;
  }

  /**
   * Encodes every field, in order.
   *
   * @param fields the fields
   * @return the parameters to send, in order (a multi-select in brackets style gives several)
   */
  public List<Parameter> encode(ContactFields fields) {
    List<Parameter> out = new ArrayList<>();
    for (Map.Entry<String, FieldValue> e : fields.asMap().entrySet()) {
      encode(e.getKey(), e.getValue(), out);
    }
    return List.copyOf(out);
  }

  /**
   * Encodes a list of values the way multi-select values are encoded.
   *
   * @param key the parameter name
   * @param values the values
   * @return the parameters to send
   */
  public List<Parameter> encodeMany(String key, List<String> values) {
    List<Parameter> out = new ArrayList<>();
    encode(key, new FieldValue.MultiSelect(values), out);
    return List.copyOf(out);
  }

  private void encode(String key, FieldValue value, List<Parameter> out) {
    if (value instanceof FieldValue.MultiSelect) {
      List<String> options = ((FieldValue.MultiSelect) value).options();
      if (options.isEmpty()) {
        out.add(new Parameter(key, ""));
      } else if (multiSelect == MultiSelectEncoding.COMMA) {
        out.add(new Parameter(key, String.join(",", options)));
      } else {
        for (String option : options) {
          out.add(new Parameter(key + "[]", option));
        }
      }
    } else if (value instanceof FieldValue.Select) {
      out.add(new Parameter(key, ((FieldValue.Select) value).option()));
    } else if (value instanceof FieldValue.Number) {
      out.add(new Parameter(key, ((FieldValue.Number) value).value().toPlainString()));
    } else if (value instanceof FieldValue.Date) {
      out.add(new Parameter(key, dateFormat.format(((FieldValue.Date) value).value())));
    } else if (value instanceof FieldValue.DateTime) {
      out.add(new Parameter(key, dateTimeFormat.format(((FieldValue.DateTime) value).value())));
    } else {
      out.add(new Parameter(key, ((FieldValue.Text) value).value()));
    }
  }

  @Override
  public String toString() {
    return "FieldEncoding{multiSelect=" + multiSelect + ", dateFormat=" + dateFormat
        + ", dateTimeFormat=" + dateTimeFormat + '}';
  }

  /**
   * One request parameter.
   *
   * @param name the parameter name, e.g. {@code plz_social_tags[]}
   * @param value the text value
   */
  public record Parameter(String name, String value) {
    /** Checks both parts are present. */
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Builder of {@link FieldEncoding}. */
  public static final class Builder {
    private MultiSelectEncoding multiSelect = MultiSelectEncoding.BRACKETS;
    private DateTimeFormatter dateFormat = DateTimeFormatter.ISO_LOCAL_DATE;
    private DateTimeFormatter dateTimeFormat = DateTimeFormatter.ISO_INSTANT;

    private Builder() {
    }

    /** @param encoding how multi-select values are written @return this builder */
    public Builder multiSelect(MultiSelectEncoding encoding) {
      this.multiSelect = Objects.requireNonNull(encoding, "multiSelect");
      return this;
    }

    /** @param format how dates are written @return this builder */
    public Builder dateFormat(DateTimeFormatter format) {
      this.dateFormat = Objects.requireNonNull(format, "dateFormat");
      return this;
    }

    /** @param format how instants are written (UTC unless the formatter has a zone) @return this builder */
    public Builder dateTimeFormat(DateTimeFormatter format) {
      this.dateTimeFormat = Objects.requireNonNull(format, "dateTimeFormat");
      return this;
    }

    /** @return the encoding */
    public FieldEncoding build() {
      return new FieldEncoding(this);
    }
  }
}
