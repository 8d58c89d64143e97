package io.github.ghlplezi.plezi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact as listed by Plezi. The listing's shape is not documented, so only the id is required;
 * attributes other than the standard ones are kept in {@link #fields()} as text.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Contact {

  Contact() {
  }

  /** @return the contact id */
  public abstract String id();

  /** @return the primary e-mail ({@code email}, else the first of {@code emails}) */
  public abstract Optional<String> email();

  /** @return every e-mail listed ({@code emails}, else {@code email}) */
  public abstract List<String> emails();

  /** @return the first name */
  public abstract Optional<String> firstName();

  /** @return the last name */
  public abstract Optional<String> lastName();

  /** @return the company */
  public abstract Optional<String> company();

  /** @return when the contact was created, when given in a recognised format */
  public abstract Optional<Instant> createdAt();

  /** @return when the contact was last updated, when given in a recognised format */
  public abstract Optional<Instant> updatedAt();

  /** @return every other attribute as text values (arrays give several values), by key */
  public abstract Map<String, List<String>> fields();

  /** @return a builder */
  public static ImmutableContact.Builder builder() {
    return ImmutableContact.builder();
  }
}
