package io.github.ghlplezi.plezi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A Plezi contact list (smart or static); read-only through the API. */
@Value.Immutable
@JsonSerialize(as = ImmutableContactList.class)
@JsonDeserialize(as = ImmutableContactList.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ContactList {

  ContactList() {
  }

  /** @return the list id */
  public abstract String id();

  /** @return the list name */
  public abstract Optional<String> name();

  /** @return when the list was created, when given in a recognised format */
  public abstract Optional<Instant> createdAt();

  /** @return when the list was last updated, when given in a recognised format */
  public abstract Optional<Instant> updatedAt();

  /** @return a builder */
  public static ImmutableContactList.Builder builder() {
    return ImmutableContactList.builder();
  }
}
