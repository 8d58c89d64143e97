package io.github.ghlplezi.plezi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ghlplezi.plezi.model.Contact;
import io.github.ghlplezi.plezi.model.ContactList;
import io.github.ghlplezi.plezi.model.ContentWebForm;
import io.github.ghlplezi.plezi.model.ImmutableContact;
import io.github.ghlplezi.plezi.model.ImmutableContentWebForm;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the public models from the wire shapes ({@link Wire}). */
public final class Resources {

  private static final Set<String> CONTACT_STANDARD = Set.of("email", "emails", "first_name",
      "last_name", "company", "created_at", "updated_at");

  private static final Set<String> FORM_STANDARD = Set.of("title", "created_at");

  private Resources() {
  }

  /**
   * @param listing a listing
   * @return the total it states ({@code meta.total_results} and aliases, else {@code total})
   */
  public static Optional<Long> total(Wire.Listing listing) {
    if (listing.meta() != null && listing.meta().totalResults() != null) {
      return Optional.of(listing.meta().totalResults());
    }
    return Optional.ofNullable(listing.total());
  }

  /** @param resource a listed contact @return the contact, or empty when it has no id */
  public static Optional<Contact> contact(Wire.Resource resource) {
    String id = resource.id();
    if (id == null) {
      return Optional.empty();
    }
    Map<String, JsonNode> attributes = flattened(resource.attributes());
    ImmutableContact.Builder b = Contact.builder().id(id);
    List<String> emails = new ArrayList<>();
    JsonNode many = attributes.get("emails");
    if (many != null && many.isArray()) {
      for (JsonNode e : many) {
        Optional<String> one = e.isObject() ? text(e.get("email")).or(() -> text(e.get("address")))
            : text(e);
        one.ifPresent(emails::add);
      }
    }
    Optional<String> email = text(attributes.get("email"));
    if (emails.isEmpty()) {
      email.ifPresent(emails::add);
    }
    b.addAllEmails(emails);
    b.email(email.or(() -> emails.stream().findFirst()));
    b.firstName(text(attributes.get("first_name")));
    b.lastName(text(attributes.get("last_name")));
    b.company(text(attributes.get("company")));
    b.createdAt(text(attributes.get("created_at")).flatMap(Resources::instant));
    b.updatedAt(text(attributes.get("updated_at")).flatMap(Resources::instant));
    attributes.forEach((key, value) -> {
      if (CONTACT_STANDARD.contains(key) || value == null || value.isNull()) {
        return;
      }
      List<String> values = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(v -> values.add(v.isValueNode() ? v.asText() : v.toString()));
      } else {
        values.add(value.isValueNode() ? value.asText() : value.toString());
      }
      b.putFields(key, values);
    });
    return Optional.of(b.build());
  }

  /** @param resource a listed contact list @return the list, or empty when it has no id */
  public static Optional<ContactList> contactList(Wire.Resource resource) {
    String id = resource.id();
    if (id == null) {
      return Optional.empty();
    }
    Map<String, JsonNode> attributes = resource.attributes();
    return Optional.of(ContactList.builder().id(id)
        .name(text(attributes.get("name")))
        .createdAt(text(attributes.get("created_at")).flatMap(Resources::instant))
        .updatedAt(text(attributes.get("updated_at")).flatMap(Resources::instant))
        .build());
  }

  /** @param resource a listed form @return the form, or empty when it has no id */
  public static Optional<ContentWebForm> contentWebForm(Wire.Resource resource) {
    String id = resource.id();
    if (id == null) {
      return Optional.empty();
    }
    Map<String, JsonNode> attributes = resource.attributes();
    ImmutableContentWebForm.Builder b = ContentWebForm.builder().id(id)
        .type(Optional.ofNullable(resource.type()))
        .title(text(attributes.get("title")))
        .createdAt(text(attributes.get("created_at")).flatMap(Resources::instant));
    attributes.forEach((key, value) -> {
      if (!FORM_STANDARD.contains(key) && value != null && value.isValueNode() && !value.isNull()) {
        b.putAttributes(key, value.asText());
      }
    });
    return Optional.of(b.build());
  }

  /** Attributes with nested {@code custom_fields} / {@code fields} objects lifted to the top. */
  private static Map<String, JsonNode> flattened(Map<String, JsonNode> attributes) {
    Map<String, JsonNode> flat = new LinkedHashMap<>(attributes);
    for (String nested : List.of("custom_fields", "fields")) {
      JsonNode custom = flat.get(nested);
      if (custom != null && custom.isObject()) {
        flat.remove(nested);
        custom.properties().forEach(f -> flat.putIfAbsent(f.getKey(), f.getValue()));
      }
    }
    return flat;
  }

  /**
   * @param text a timestamp: ISO instant, ISO with offset, ISO local (read as UTC) or epoch
   *     seconds/milliseconds
   * @return the instant, or empty when not recognised
   */
  public static Optional<Instant> instant(String text) {
    String t = text.trim();
    if (t.matches("\\d{9,13}")) {
      long n = Long.parseLong(t);
      return Optional.of(t.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        try {
          return Optional.of(OffsetDateTime.parse(t.replace(' ', 'T')).toInstant());
        } catch (DateTimeParseException unknown) {
          return Optional.empty();
        }
      }
    }
  }

  /** @param node a JSON value or null @return its text when it is a scalar */
  public static Optional<String> text(JsonNode node) {
    if (node != null && (node.isTextual() || node.isNumber() || node.isBoolean())) {
      return Optional.of(node.asText());
    }
    return Optional.empty();
  }
}
