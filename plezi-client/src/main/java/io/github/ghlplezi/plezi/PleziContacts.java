package io.github.ghlplezi.plezi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ghlplezi.plezi.PleziRequestInvalidException.Violation;
import io.github.ghlplezi.plezi.internal.LegacyApi;
import io.github.ghlplezi.plezi.internal.NewContactCheck;
import io.github.ghlplezi.plezi.internal.PageCheck;
import io.github.ghlplezi.plezi.internal.RequestValidator;
import io.github.ghlplezi.plezi.internal.Resources;
import io.github.ghlplezi.plezi.internal.WebformCheck;
import io.github.ghlplezi.plezi.model.Contact;
import io.github.ghlplezi.plezi.model.ContactPage;
import io.github.ghlplezi.plezi.model.NewContact;
import io.github.ghlplezi.plezi.model.UpsertResult;
import io.github.ghlplezi.plezi.model.WebformContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Contact operations of the legacy API. Obtained from {@link PleziClient#contacts()}; thread-safe.
 */
public final class PleziContacts {

  private final LegacyApi api;
  private final Exchange exchange;
  private final HttpUrl baseUrl;
  private final FieldEncoding encoding;
  private final LegacyPaths paths;
  private final ContactWriteFormat writeFormat;
  private final ListingPaging paging;

  PleziContacts(LegacyApi api, Exchange exchange, HttpUrl baseUrl, FieldEncoding encoding,
      LegacyPaths paths, ContactWriteFormat writeFormat, ListingPaging paging) {
    this.paging = paging;
    this.api = api;
    this.exchange = exchange;
    this.baseUrl = baseUrl;
    this.encoding = encoding;
    this.paths = paths;
    this.writeFormat = writeFormat;
  }

  /**
   * Creates or updates (by e-mail) a contact as the submission of a web form:
   * {@code GET create_contact_after_webform} with every value in the query string.
   *
   * @param contact the contact and the form it is submitted through
   * @return whether the contact was created (HTTP 201) or updated (HTTP 200)
   * @throws PleziRequestInvalidException before any call, listing every violated rule
   * @throws PleziApiException (a subclass by status family) when Plezi refuses the request
   */
  public UpsertResult upsertFromWebform(WebformContact contact) {
    Objects.requireNonNull(contact, "contact");
    validate(contact);
    HttpUrl url = webformUrl(contact);
    Exchange.Reply reply = exchange.execute(api.get(url), "contact upsert");
    return result(reply);
  }

  /** The URL {@link #upsertFromWebform} calls, with its query string. */
  HttpUrl webformUrl(WebformContact contact) {
    HttpUrl.Builder url = baseUrl.resolve(paths.webform()).newBuilder();
    List<FieldEncoding.Parameter> params = new ArrayList<>();
    params.add(new FieldEncoding.Parameter("email", contact.email()));
    params.add(new FieldEncoding.Parameter("form_id", contact.formId()));
    params.add(new FieldEncoding.Parameter("content_web_form_id", contact.contentWebFormId()));
    contact.firstName().ifPresent(v -> params.add(new FieldEncoding.Parameter("first_name", v)));
    contact.lastName().ifPresent(v -> params.add(new FieldEncoding.Parameter("last_name", v)));
    contact.company().ifPresent(v -> params.add(new FieldEncoding.Parameter("company", v)));
    contact.keepMultipleSelectValues().ifPresent(v ->
        params.add(new FieldEncoding.Parameter("keep_multiple_select_values", v.toString())));
    if (contact.subscriptions().size() == 1) {
      params.add(new FieldEncoding.Parameter("subscriptions", contact.subscriptions().get(0)));
    } else if (contact.subscriptions().size() > 1) {
      params.addAll(encoding.encodeMany("subscriptions", contact.subscriptions()));
    }
    for (String consent : contact.consents()) {
      params.add(new FieldEncoding.Parameter("consents[]", consent));
    }
    optional(params, "visit", contact.visit());
    optional(params, "visitor", contact.visitor());
    optional(params, "utm", contact.utm());
    optional(params, "utm_medium", contact.utmMedium());
    optional(params, "utm_source", contact.utmSource());
    optional(params, "gclid", contact.gclid());
    optional(params, "referer", contact.referer());
    params.addAll(encoding.encode(contact.fields()));
    for (FieldEncoding.Parameter p : params) {
      url.addQueryParameter(p.name(), p.value());
    }
    return url.build();
  }

  /**
   * Creates a contact with {@code POST contacts} (path configurable), without the side effects of a
   * form submission. The body format is {@link ContactWriteFormat#FORM} unless configured.
   *
   * @param contact the contact
   * @return whether it was created (HTTP 201) or Plezi answered with another success status
   * @throws PleziRequestInvalidException before any call, listing every violated rule
   * @throws PleziApiException (a subclass by status family) when Plezi refuses the request
   */
  public UpsertResult create(NewContact contact) {
    Objects.requireNonNull(contact, "contact");
    List<Violation> violations = new ArrayList<>(RequestValidator.validate(new NewContactCheck(
        contact.email(), RequestValidator.fieldChecks(contact.fields()))));
    violations.addAll(RequestValidator.reservedKeys(contact.fields()));
    if (!violations.isEmpty()) {
      throw new PleziRequestInvalidException("contact creation", RequestValidator.sorted(violations));
    }
    List<FieldEncoding.Parameter> params = new ArrayList<>();
    params.add(new FieldEncoding.Parameter("email", contact.email()));
    contact.firstName().ifPresent(v -> params.add(new FieldEncoding.Parameter("first_name", v)));
    contact.lastName().ifPresent(v -> params.add(new FieldEncoding.Parameter("last_name", v)));
    contact.company().ifPresent(v -> params.add(new FieldEncoding.Parameter("company", v)));
    params.addAll(encoding.encode(contact.fields()));
    Exchange.Reply reply = exchange.execute(api.post(paths.contacts(), body(params)),
        "contact creation");
    return result(reply);
  }

  private RequestBody body(List<FieldEncoding.Parameter> params) {
    if (writeFormat == ContactWriteFormat.FORM) {
      FormBody.Builder form = new FormBody.Builder();
      params.forEach(p -> form.add(p.name(), p.value()));
      return form.build();
    }
    ObjectNode json = exchange.mapper().createObjectNode();
    for (FieldEncoding.Parameter p : params) {
      if (p.name().endsWith("[]")) {
        String name = p.name().substring(0, p.name().length() - 2);
        (json.path(name).isArray() ? (com.fasterxml.jackson.databind.node.ArrayNode) json.get(name)
            : json.putArray(name)).add(p.value());
      } else {
        json.put(p.name(), p.value());
      }
    }
    return RequestBody.create(json.toString(), MediaType.get("application/json; charset=utf-8"));
  }

  /**
   * Reads one page of contacts: {@code GET contacts?limit=&offset=} (path and paging style
   * configurable, see {@link ListingPaging}).
   *
   * @param limit the page size, 1 to 1000
   * @param offset how many contacts to skip, from 0
   * @return the page
   * @throws PleziRequestInvalidException for a limit or offset out of range, before any call
   * @throws PleziApiException when Plezi refuses the request or answers with no contact collection
   */
  public ContactPage list(int limit, int offset) {
    List<Violation> violations = RequestValidator.validate(new PageCheck(limit, offset));
    if (!violations.isEmpty()) {
      throw new PleziRequestInvalidException("contact listing", violations);
    }
    Exchange.Reply reply = exchange.execute(
        OffsetPaging.call(api, paging, paths.contacts(), limit, offset, "contact listing"),
        "contact listing");
    JsonNode json = reply.json(exchange.mapper(), "contact listing");
    if (!Resources.isCollection(json, "contacts")) {
      throw new PleziApiException("Plezi contact listing returned HTTP " + reply.status()
          + " without a contact collection", reply.status(), null, reply.requestId(), List.of(),
          null);
    }
    List<Contact> contacts = new ArrayList<>();
    for (ObjectNode item : Resources.items(json, "contacts")) {
      Resources.contact(item).ifPresent(contacts::add);
    }
    return ContactPage.builder().contacts(contacts).limit(limit).offset(offset)
        .total(Resources.total(json)).build();
  }

  /**
   * Every contact, 100 per request, fetched lazily as the stream is consumed.
   *
   * @return the contacts
   * @see #stream(int)
   */
  public Stream<Contact> stream() {
    return stream(100);
  }

  /**
   * Every contact, fetched lazily page by page as the stream is consumed. Each next offset is the
   * previous one plus the contacts received (so a server that caps the page size is followed).
   * Stops at an empty page, when the stated total is reached or, without a total, at a short page.
   *
   * @param pageSize the contacts per request, 1 to 1000
   * @return the contacts
   * @throws PleziRequestInvalidException for a page size out of range, before any call
   */
  public Stream<Contact> stream(int pageSize) {
    List<Violation> violations = RequestValidator.validate(new PageCheck(pageSize, 0));
    if (!violations.isEmpty()) {
      throw new PleziRequestInvalidException("contact listing", violations);
    }
    return OffsetPaging.stream("contact listing", pageSize, paging, (limit, offset) -> {
      ContactPage page = list(limit, offset);
      return new OffsetPaging.Page<>(page.contacts(), page.total());
    }, Contact::id);
  }

  private static void optional(List<FieldEncoding.Parameter> params, String name,
      Optional<String> value) {
    value.ifPresent(v -> params.add(new FieldEncoding.Parameter(name, v)));
  }

  private static void validate(WebformContact contact) {
    List<Violation> violations = new ArrayList<>(RequestValidator.validate(new WebformCheck(
        contact.email(), contact.formId(), contact.contentWebFormId(), contact.subscriptions(),
        RequestValidator.fieldChecks(contact.fields()))));
    violations.addAll(RequestValidator.reservedKeys(contact.fields()));
    if (!violations.isEmpty()) {
      throw new PleziRequestInvalidException("contact upsert", RequestValidator.sorted(violations));
    }
  }

  private UpsertResult result(Exchange.Reply reply) {
    JsonNode json = reply.jsonOrMissing(exchange.mapper());
    return UpsertResult.builder()
        .created(exchange.statusCodes().created().contains(reply.status()))
        .status(reply.status())
        .contactId(contactId(json))
        .requestId(Optional.ofNullable(reply.requestId()))
        .build();
  }

  private static Optional<String> contactId(JsonNode json) {
    JsonNode data = json.path("data");
    JsonNode id = data.isObject() ? data.path("id") : json.path("id");
    if (id.isTextual() || id.isNumber()) {
      return Optional.of(id.asText());
    }
    return Optional.empty();
  }
}
