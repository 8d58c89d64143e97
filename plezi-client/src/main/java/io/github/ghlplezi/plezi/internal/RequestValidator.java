package io.github.ghlplezi.plezi.internal;

import io.github.ghlplezi.plezi.PleziRequestInvalidException.Violation;
import io.github.ghlplezi.plezi.model.ContactFields;
import io.github.ghlplezi.plezi.model.FieldValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs jakarta.validation (Hibernate Validator) over the checkable shapes of requests and returns
 * every violation, sorted by field.
 */
public final class RequestValidator {

  private RequestValidator() {
  }

  /** Lazily bootstrapped once: building a validator factory costs a few hundred milliseconds. */
  private static final class Holder {
    static final Validator VALIDATOR;

    static {
      // Messages are explicit in every constraint, so no expression language is needed.
      ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
      VALIDATOR = factory.getValidator();
    }
  }

  /**
   * @param bean a record annotated with constraints
   * @return every violation, sorted by field then message
   */
  public static List<Violation> validate(Object bean) {
    List<Violation> out = new ArrayList<>();
    for (ConstraintViolation<Object> v : Holder.VALIDATOR.validate(bean)) {
      String field = path(v.getPropertyPath());
      out.add(new Violation(field, v.getMessage() + shown(field, v.getInvalidValue())));
    }
    return sorted(out);
  }

  /**
   * @param violations violations
   * @return them sorted by field then message
   */
  public static List<Violation> sorted(List<Violation> violations) {
    List<Violation> copy = new ArrayList<>(violations);
    copy.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
    return List.copyOf(copy);
  }

  /**
   * @param fields contact fields
   * @return their checkable shapes, by key
   */
  public static Map<String, FieldCheck> fieldChecks(ContactFields fields) {
    Map<String, FieldCheck> out = new LinkedHashMap<>();
    fields.asMap().forEach((key, value) -> out.put(key, check(key, value)));
    return out;
  }

  /**
   * @param fields contact fields
   * @return a violation for each key that collides with a parameter of the request itself
   */
  public static List<Violation> reservedKeys(ContactFields fields) {
    List<Violation> out = new ArrayList<>();
    for (String key : fields.asMap().keySet()) {
      String bare = key.endsWith("[]") ? key.substring(0, key.length() - 2) : key;
      if (Rules.RESERVED_KEYS.contains(bare)) {
        out.add(new Violation("fields[" + key + "].key",
            "is a parameter of the request itself; set it through its own builder method"));
      }
    }
    return out;
  }

  private static FieldCheck check(String key, FieldValue value) {
    if (value instanceof FieldValue.MultiSelect) {
      return new FieldCheck(key, ((FieldValue.MultiSelect) value).options(), null);
    }
    if (value instanceof FieldValue.Select) {
      return new FieldCheck(key, List.of(((FieldValue.Select) value).option()), null);
    }
    if (value instanceof FieldValue.Text) {
      return new FieldCheck(key, List.of(), ((FieldValue.Text) value).value());
    }
    return new FieldCheck(key, List.of(), null);
  }

  /**
   * The rejected value, for identifiers, keys, slugs and numbers only: e-mails and free text stay
   * out of messages (personal data).
   */
  private static String shown(String field, Object value) {
    if (field.endsWith("email") || field.endsWith("text") || value == null) {
      return "";
    }
    if (value instanceof Number) {
      return " (got " + value + ")";
    }
    if (value instanceof String && !((String) value).isBlank() && ((String) value).length() <= 100) {
      return " (got '" + value + "')";
    }
    return "";
  }

  private static String path(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object at = node.getKey() != null ? node.getKey() : node.getIndex();
        sb.append('[').append(at).append(']');
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(name);
      }
    }
    return sb.toString();
  }
}
