package io.github.ghlplezi.plezi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of a limit/offset contact listing. */
@Value.Immutable
@JsonSerialize(as = ImmutableContactPage.class)
@JsonDeserialize(as = ImmutableContactPage.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ContactPage {

  ContactPage() {
  }

  /** @return the contacts of this page */
  public abstract List<Contact> contacts();

  /** @return the limit asked for */
  public abstract int limit();

  /** @return the offset asked for */
  public abstract int offset();

  /** @return the total number of contacts, when the response states it */
  public abstract Optional<Long> total();

  /**
   * @return whether no further page exists: the page is empty, or the stated total is reached, or
   *     (when no total is stated) the page is shorter than the limit
   */
  @Value.Derived
  public boolean last() {
    int size = contacts().size();
    return size == 0 || total().map(t -> offset() + (long) size >= t).orElse(size < limit());
  }

  /** @return a builder */
  public static ImmutableContactPage.Builder builder() {
    return ImmutableContactPage.builder();
  }
}
