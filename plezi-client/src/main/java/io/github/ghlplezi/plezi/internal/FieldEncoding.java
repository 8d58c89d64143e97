package io.github.ghlplezi.plezi.internal;

import io.github.ghlplezi.plezi.PleziProtocol;
import io.github.ghlplezi.plezi.model.ContactFields;
import io.github.ghlplezi.plezi.model.FieldValue;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one place where typed contact-field values become request parameters, following the
 * encodings of {@link PleziProtocol}.
 */
public final class FieldEncoding {

  private final PleziProtocol.MultiSelectEncoding multiSelect;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter dateTimeFormat;

  /** @param settings the protocol settings */
  public FieldEncoding(PleziProtocol settings) {
    this.multiSelect = settings.multiSelectEncoding();
    this.dateFormat = settings.dateFormat();
    DateTimeFormatter dt = settings.dateTimeFormat();
    this.dateTimeFormat = dt.getZone() == null ? dt.withZone(ZoneOffset.UTC) : dt;
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

  /**
   * Appends every field, in order.
   *
   * @param fields the fields
   * @param out receives the parameters (a multi-select in brackets style gives several)
   */
  public void encode(ContactFields fields, List<Parameter> out) {
    for (Map.Entry<String, FieldValue> e : fields.asMap().entrySet()) {
      encode(e.getKey(), e.getValue(), out);
    }
  }

  /**
   * Appends a list of values the way multi-select values are written.
   *
   * @param key the parameter name
   * @param values the values
   * @param out receives the parameters
   */
  public void encodeMany(String key, List<String> values, List<Parameter> out) {
    encode(key, new FieldValue.MultiSelect(values), out);
  }

  private void encode(String key, FieldValue value, List<Parameter> out) {
    if (value instanceof FieldValue.MultiSelect multi) {
      List<String> options = multi.options();
      if (options.isEmpty()) {
        out.add(new Parameter(key, ""));
      } else if (multiSelect == PleziProtocol.MultiSelectEncoding.COMMA) {
        out.add(new Parameter(key, String.join(",", options)));
      } else {
        for (String option : options) {
          out.add(new Parameter(key + "[]", option));
        }
      }
    } else if (value instanceof FieldValue.Select select) {
      out.add(new Parameter(key, select.option()));
    } else if (value instanceof FieldValue.Number number) {
      out.add(new Parameter(key, number.value().toPlainString()));
    } else if (value instanceof FieldValue.Date date) {
      out.add(new Parameter(key, dateFormat.format(date.value())));
    } else if (value instanceof FieldValue.DateTime dateTime) {
      out.add(new Parameter(key, dateTimeFormat.format(dateTime.value())));
    } else {
      out.add(new Parameter(key, ((FieldValue.Text) value).value()));
    }
  }
}
