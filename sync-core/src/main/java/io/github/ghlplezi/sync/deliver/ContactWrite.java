package io.github.ghlplezi.sync.deliver;

import java.util.List;
import java.util.Objects;

/**
 * One upsert of a Plezi contact: the contact's e-mail and the full values of the fields to set.
 *
 * @param contactEmail the contact (the SDK never invents contacts: it comes from configuration)
 * @param fields the fields to write, each replaced whole
 */
public record ContactWrite(String contactEmail, List<FieldWrite> fields) {

  /**
   * Copies the list and checks the arguments.
   *
   * @param contactEmail the contact (the SDK never invents contacts: it comes from configuration)
   * @param fields the fields to write, each replaced whole
   */
  public ContactWrite {
    Objects.requireNonNull(contactEmail, "contactEmail");
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("fields must not be empty: an empty write is not sent");
    }
  }
}
