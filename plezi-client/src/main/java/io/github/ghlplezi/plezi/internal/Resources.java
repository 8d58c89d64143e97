package io.github.ghlplezi.plezi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lenient readers of Plezi listings. The brain API is JSON:API-like ({@code data[]} of
 * {@code id, type, attributes}); the legacy listings are undocumented, so plain arrays, {@code data}
 * arrays and named arrays are all accepted, with attributes flattened next to the id.
 */
public final class Resources {

  private static final Set<String> CONTACT_STANDARD = Set.of("id", "type", "email", "emails",
      "first_name", "last_name", "company", "created_at", "updated_at");

  private Resources() {
  }

  /**
   * @param root a response body
   * @param collection the name of a top-level array to accept besides {@code data}
   * @return the resource objects, each with its {@code attributes} flattened in
   */
  public static List<ObjectNode> items(JsonNode root, String collection) {
    JsonNode array = root.isArray() ? root
        : root.path("data").isArray() ? root.path("data") : root.path(collection);
    List<ObjectNode> out = new ArrayList<>();
    if (!array.isArray()) {
      return out;
    }
    for (JsonNode item : array) {
      if (!item.isObject()) {
        continue;
      }
      ObjectNode flat = ((ObjectNode) item).deepCopy();
      JsonNode attributes = flat.remove("attributes");
      if (attributes != null && attributes.isObject()) {
        attributes.fields().forEachRemaining(f -> {
          if (!flat.has(f.getKey())) {
            flat.set(f.getKey(), f.getValue());
          }
        });
      }
      for (String nested : List.of("custom_fields", "fields")) {
        JsonNode custom = flat.get(nested);
        if (custom != null && custom.isObject()) {
          flat.remove(nested);
          custom.fields().forEachRemaining(f -> {
            if (!flat.has(f.getKey())) {
              flat.set(f.getKey(), f.getValue());
            }
          });
        }
      }
      out.add(flat);
    }
    return out;
  }

  /**
   * @param root a response body
   * @return whether it holds a recognisable collection
   */
  public static boolean isCollection(JsonNode root, String collection) {
    return root.isArray() || root.path("data").isArray() || root.path(collection).isArray();
  }

  /**
   * @param root a response body
   * @return the total it states: {@code meta.total_results}, {@code meta.total},
   *     {@code meta.total_count} or {@code total}
   */
  public static Optional<Long> total(JsonNode root) {
    for (JsonNode n : List.of(root.path("meta").path("total_results"), root.path("meta").path("total"),
        root.path("meta").path("total_count"), root.path("total"))) {
      if (n.isIntegralNumber()) {
        return Optional.of(n.asLong());
      }
      if (n.isTextual() && n.asText().matches("\\d{1,18}")) {
        return Optional.of(Long.parseLong(n.asText()));
      }
    }
    return Optional.empty();
  }

  /** @param node a flattened contact @return the contact, or empty when it has no id */
  public static Optional<Contact> contact(ObjectNode node) {
    Optional<String> id = text(node, "id");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    ImmutableContact.Builder b = Contact.builder().id(id.get());
    List<String> emails = new ArrayList<>();
    JsonNode many = node.path("emails");
    if (many.isArray()) {
      for (JsonNode e : many) {
        Optional<String> one = e.isObject() ? text(e, "email").or(() -> text(e, "address")) : scalar(e);
        one.ifPresent(emails::add);
      }
    }
    Optional<String> email = text(node, "email");
    if (emails.isEmpty()) {
      email.ifPresent(emails::add);
    }
    b.addAllEmails(emails);
    b.email(email.or(() -> emails.stream().findFirst()));
    b.firstName(text(node, "first_name"));
    b.lastName(text(node, "last_name"));
    b.company(text(node, "company"));
    b.createdAt(text(node, "created_at").flatMap(Resources::instant));
    b.updatedAt(text(node, "updated_at").flatMap(Resources::instant));
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (CONTACT_STANDARD.contains(f.getKey()) || f.getValue().isNull()) {
        continue;
      }
      List<String> values = new ArrayList<>();
      if (f.getValue().isArray()) {
        f.getValue().forEach(v -> values.add(v.isValueNode() ? v.asText() : v.toString()));
      } else {
        values.add(f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
      }
      b.putFields(f.getKey(), values);
    }
    return Optional.of(b.build());
  }

  /** @param node a flattened list @return the list, or empty when it has no id */
  public static Optional<ContactList> contactList(ObjectNode node) {
    return text(node, "id").map(id -> ContactList.builder().id(id)
        .name(text(node, "name"))
        .createdAt(text(node, "created_at").flatMap(Resources::instant))
        .updatedAt(text(node, "updated_at").flatMap(Resources::instant))
        .build());
  }

  /** @param node a flattened form @return the form, or empty when it has no id */
  public static Optional<ContentWebForm> contentWebForm(ObjectNode node) {
    Optional<String> id = text(node, "id");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    ImmutableContentWebForm.Builder b = ContentWebForm.builder().id(id.get())
        .type(text(node, "type"))
        .title(text(node, "title"))
        .createdAt(text(node, "created_at").flatMap(Resources::instant));
    node.fields().forEachRemaining(f -> {
      if (!Set.of("id", "type", "title", "created_at").contains(f.getKey())
          && f.getValue().isValueNode() && !f.getValue().isNull()) {
        b.putAttributes(f.getKey(), f.getValue().asText());
      }
    });
    return Optional.of(b.build());
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

  private static Optional<String> text(JsonNode node, String name) {
    return scalar(node.path(name));
  }

  private static Optional<String> scalar(JsonNode v) {
    if (v.isTextual() || v.isNumber() || v.isBoolean()) {
      return Optional.of(v.asText());
    }
    return Optional.empty();
  }
}
