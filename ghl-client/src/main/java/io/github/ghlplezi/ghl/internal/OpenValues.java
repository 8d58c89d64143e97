package io.github.ghlplezi.ghl.internal;

import io.github.ghlplezi.ghl.model.OpenValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The constants of one open enumeration, and the lookup every open enumeration shares: an exact
 * match, then a case-insensitive one, else a new instance carrying the unknown value.
 *
 * @param <T> the open enumeration
 */
public final class OpenValues<T extends OpenValue> {

  private final String typeName;
  private final Function<String, T> unknown;
  private final Map<String, T> known = new LinkedHashMap<>();

  /**
   * @param typeName the enumeration's name, for error messages
   * @param unknown makes an instance carrying a value that is not a declared constant
   */
  public OpenValues(String typeName, Function<String, T> unknown) {
    this.typeName = typeName;
    this.unknown = unknown;
  }

  /**
   * Declares a constant.
   *
   * @param constant the constant
   * @return the constant
   */
  public T register(T constant) {
    known.put(constant.value(), constant);
    return constant;
  }

  /**
   * @param value the wire value
   * @return the declared constant for the value, or a new instance carrying it
   * @throws IllegalArgumentException if the value is {@code null} or blank
   */
  public T of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(typeName + " value must not be blank");
    }
    T constant = known.get(value);
    if (constant != null) {
      return constant;
    }
    constant = known.get(value.toLowerCase(Locale.ROOT));
    if (constant == null) {
      for (T candidate : known.values()) {
        if (candidate.value().equalsIgnoreCase(value)) {
          constant = candidate;
        }
      }
    }
    return constant != null ? constant : unknown.apply(value);
  }

  /** @return the declared constants, in declaration order */
  public Collection<T> known() {
    return Collections.unmodifiableCollection(known.values());
  }
}
