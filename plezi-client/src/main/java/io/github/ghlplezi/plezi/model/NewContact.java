package io.github.ghlplezi.plezi.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact created with {@code POST contacts}, without the side effects of a form submission.
 * Plezi does not document this endpoint's body; the client sends the same parameter names as the
 * web-form upsert ({@code email}, {@code first_name}, {@code last_name}, {@code company}, custom
 * fields by key), as a form or JSON body (see {@code PleziProtocol.contactWriteFormat()}).
 */
@Value.Immutable
public abstract class NewContact {

  NewContact() {
  }

  /** @return the e-mail ({@code email}) */
  public abstract String email();

  /** @return the first name ({@code first_name}) */
  public abstract Optional<String> firstName();

  /** @return the last name ({@code last_name}) */
  public abstract Optional<String> lastName();

  /** @return the company ({@code company}) */
  public abstract Optional<String> company();

  /** @return custom fields by key; empty by default */
  @Value.Default
  public ContactFields fields() {
    return ContactFields.empty();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link NewContact}. */
  public static final class Builder extends ImmutableNewContact.Builder {
    Builder() {
    }
  }
}
