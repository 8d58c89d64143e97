package io.github.ghlplezi.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of a contact stored by the fake Plezi.
 *
 * @param email the contact's e-mail (lower case, the upsert key)
 * @param fields custom and standard field values by key; single-valued fields hold one element,
 *     multi-select fields hold the selected option slugs in insertion order
 */
public record PleziContact(String email, Map<String, List<String>> fields) {
  /**
   * Copies the fields.
   *
   * @param email the contact's e-mail (lower case, the upsert key)
   * @param fields custom and standard field values by key; single-valued fields hold one element,
   *     multi-select fields hold the selected option slugs in insertion order
   */
  public PleziContact {
    Objects.requireNonNull(email, "email");
    Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
    fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    fields = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The values of one field, empty when unset.
   *
   * @param key a field key
   * @return the values
   */
  public List<String> field(String key) {
    return fields.getOrDefault(key, List.of());
  }
}
