package io.github.ghlplezi.sync.run;

import io.github.ghlplezi.sync.LocationMapping;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The locations a run covers, each with the Plezi contact it writes to.
 *
 * @param mappings the configured pairs; a location may appear only once
 */
public record Selection(List<LocationMapping> mappings) {

  /**
   * Copies the list; refuses a location named twice, naming {@code locationId}.
   *
   * @param mappings the configured pairs; a location may appear only once
   */
  public Selection {
    mappings = List.copyOf(mappings);
    Set<String> seen = new HashSet<>();
    for (LocationMapping mapping : mappings) {
      if (!seen.add(mapping.locationId())) {
        throw new IllegalArgumentException("mappings name the same locationId more than once: " + mapping.locationId());
      }
    }
  }

  /**
   * A selection of these pairs.
   *
   * @param mappings the pairs; a location may appear only once
   * @return the selection
   */
  public static Selection of(LocationMapping... mappings) {
    return new Selection(List.of(mappings));
  }
}
