package io.github.ghlplezi.plezi;

import io.github.ghlplezi.http.RequestMetadata;
import io.github.ghlplezi.plezi.internal.Checks;
import io.github.ghlplezi.plezi.internal.FieldEncoding;
import io.github.ghlplezi.plezi.internal.FieldEncoding.Parameter;
import io.github.ghlplezi.plezi.internal.LegacyApi;
import io.github.ghlplezi.plezi.internal.Resources;
import io.github.ghlplezi.plezi.internal.Wire;
import io.github.ghlplezi.plezi.model.Contact;
import io.github.ghlplezi.plezi.model.ContactFields;
import io.github.ghlplezi.plezi.model.ContactPage;
import io.github.ghlplezi.plezi.model.FieldValue;
import io.github.ghlplezi.plezi.model.NewContact;
import io.github.ghlplezi.plezi.model.UpsertResult;
import io.github.ghlplezi.plezi.model.WebformContact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.FormBody;
import okhttp3.HttpUrl;

/**
 * Contact operations of the legacy API. Obtained from {@link PleziClient#contacts()}; thread-safe.
 *
 * <p>Repeating after an ambiguous failure: the web-form upsert is <b>repeatable</b> (it writes the
 * full values again; the only effect of a repeat is one more form-submission record in Plezi), so
 * its requests carry {@code RequestMetadata.repeatable() == true}; {@link #create} is <b>not</b>
 * (a repeat could create a second contact).
 */
public final class PleziContacts {

  private static final int MAX_PAGE = 1000;

  /** Parameter names the web-form upsert uses itself; a custom field may not take them. */
  private static final Set<String> RESERVED_KEYS = Set.of("email", "form_id", "content_web_form_id",
      "first_name", "last_name", "company", "keep_multiple_select_values", "subscriptions",
      "consents", "visit", "visitor", "utm", "utm_medium", "utm_source", "gclid", "referer");

  private final LegacyApi api;
  private final Exchange exchange;
  private final HttpUrl baseUrl;
  private final FieldEncoding encoding;
  private final PleziProtocol settings;
  private final RequestMetadata upsertMeta;
  private final RequestMetadata createMeta;
  private final RequestMetadata listMeta;

  PleziContacts(LegacyApi api, Exchange exchange, HttpUrl baseUrl) {
    this.api = api;
    this.exchange = exchange;
    this.baseUrl = baseUrl;
    this.settings = exchange.settings();
    this.encoding = new FieldEncoding(settings);
    String base = baseUrl.encodedPath();
    this.upsertMeta = new RequestMetadata("plezi.contacts.upsertFromWebform",
        base + settings.webformPath(), null, true);
    this.createMeta = new RequestMetadata("plezi.contacts.create",
        base + settings.contactsPath(), null, false);
    this.listMeta = new RequestMetadata("plezi.contacts.list",
        base + settings.contactsPath(), null, true);
  }

  /**
   * Creates or updates (by e-mail) a contact as the submission of a web form:
   * {@code GET create_contact_after_webform} with every value in the query string. Repeatable: a
   * retry layer may send it again after an ambiguous failure (one more form submission is
   * recorded in Plezi).
   *
   * @param contact the contact and the form it is submitted through
   * @return whether the contact was created (HTTP 201) or updated (HTTP 200)
   * @throws PleziRequestInvalidException before any call, listing every violated rule
   * @throws PleziUnexpectedResponseException when a success status carries no JSON object
   * @throws PleziApiException (a subclass by status family) when Plezi refuses the request
   */
  public UpsertResult upsertFromWebform(WebformContact contact) {
    Objects.requireNonNull(contact, "contact");
    HttpUrl url = checkedWebformUrl(contact);
    return result(exchange.execute(api.webform(url, upsertMeta), "contact upsert"));
  }

  private HttpUrl checkedWebformUrl(WebformContact contact) {
    Checks checks = new Checks();
    checks.email("email", contact.email());
    checks.token("formId", contact.formId(), Checks.HEX24, 24, "must be 24 hexadecimal digits");
    checks.token("contentWebFormId", contact.contentWebFormId(), Checks.HEX24_OR_UUID, 36,
        "must be 24 hexadecimal digits or a UUID");
    names(checks, contact.firstName(), contact.lastName(), contact.company());
    checks.count("subscriptions", contact.subscriptions(), Checks.MAX_ITEMS);
    for (int i = 0; i < contact.subscriptions().size(); i++) {
      checks.token("subscriptions[" + i + "]", contact.subscriptions().get(i), Checks.HEX24, 24,
          "must be 24 hexadecimal digits");
    }
    checks.count("consents", contact.consents(), Checks.MAX_ITEMS);
    for (int i = 0; i < contact.consents().size(); i++) {
      checks.text("consents[" + i + "]", contact.consents().get(i), Checks.MAX_SHORT_TEXT);
    }
    checks.text("visit", contact.visit().orElse(null), Checks.MAX_SHORT_TEXT);
    checks.text("visitor", contact.visitor().orElse(null), Checks.MAX_SHORT_TEXT);
    checks.text("utm", contact.utm().orElse(null), Checks.MAX_SHORT_TEXT);
    checks.text("utmMedium", contact.utmMedium().orElse(null), Checks.MAX_SHORT_TEXT);
    checks.text("utmSource", contact.utmSource().orElse(null), Checks.MAX_SHORT_TEXT);
    checks.text("gclid", contact.gclid().orElse(null), Checks.MAX_SHORT_TEXT);
    checks.text("referer", contact.referer().orElse(null), Checks.MAX_URL);
    fields(checks, contact.fields());
    checks.throwIfAny("contact upsert");
    HttpUrl url = webformUrl(contact);
    if (url.toString().length() > settings.maxWebformUrlLength()) {
      // one value that alone takes most of the budget is named, so the caller knows what to shorten
      int half = settings.maxWebformUrlLength() / 2;
      String heaviest = contact.fields().asMap().entrySet().stream()
          .filter(e -> e.getValue().toString().length() > half)
          .max(java.util.Comparator.comparingInt(e -> e.getValue().toString().length()))
          .map(e -> "fields[" + e.getKey() + "]")
          .orElse("fields");
      checks.add(heaviest, "makes the upsert URL " + url.toString().length()
          + " characters long, above maxWebformUrlLength (" + settings.maxWebformUrlLength()
          + "); send fewer or shorter values");
      checks.throwIfAny("contact upsert");
    }
    return url;
  }

  /** The URL {@link #upsertFromWebform} calls, with its query string. */
  HttpUrl webformUrl(WebformContact contact) {
    List<Parameter> params = new ArrayList<>();
    params.add(new Parameter("email", contact.email()));
    params.add(new Parameter("form_id", contact.formId()));
    params.add(new Parameter("content_web_form_id", contact.contentWebFormId()));
    optional(params, "first_name", contact.firstName());
    optional(params, "last_name", contact.lastName());
    optional(params, "company", contact.company());
    contact.keepMultipleSelectValues().ifPresent(v ->
        params.add(new Parameter("keep_multiple_select_values", v.toString())));
    if (contact.subscriptions().size() == 1) {
      params.add(new Parameter("subscriptions", contact.subscriptions().get(0)));
    } else if (contact.subscriptions().size() > 1) {
      encoding.encodeMany("subscriptions", contact.subscriptions(), params);
    }
    for (String consent : contact.consents()) {
      params.add(new Parameter("consents[]", consent));
    }
    optional(params, "visit", contact.visit());
    optional(params, "visitor", contact.visitor());
    optional(params, "utm", contact.utm());
    optional(params, "utm_medium", contact.utmMedium());
    optional(params, "utm_source", contact.utmSource());
    optional(params, "gclid", contact.gclid());
    optional(params, "referer", contact.referer());
    encoding.encode(contact.fields(), params);
    HttpUrl.Builder url = baseUrl.resolve(settings.webformPath()).newBuilder();
    for (Parameter p : params) {
      url.addQueryParameter(p.name(), p.value());
    }
    return url.build();
  }

  /**
   * Creates a contact with {@code POST contacts} (path configurable), without the side effects of a
   * form submission. The body format is {@link PleziProtocol.ContactWriteFormat#FORM} unless
   * configured. Not repeatable: a retry layer must not send it again after an ambiguous failure.
   *
   * @param contact the contact
   * @return whether it was created (HTTP 201) or Plezi answered with another success status
   * @throws PleziRequestInvalidException before any call, listing every violated rule
   * @throws PleziUnexpectedResponseException when a success status carries no JSON object
   * @throws PleziApiException (a subclass by status family) when Plezi refuses the request
   */
  public UpsertResult create(NewContact contact) {
    Objects.requireNonNull(contact, "contact");
    Checks checks = new Checks();
    checks.email("email", contact.email());
    names(checks, contact.firstName(), contact.lastName(), contact.company());
    fields(checks, contact.fields());
    checks.throwIfAny("contact creation");
    List<Parameter> params = new ArrayList<>();
    params.add(new Parameter("email", contact.email()));
    optional(params, "first_name", contact.firstName());
    optional(params, "last_name", contact.lastName());
    optional(params, "company", contact.company());
    encoding.encode(contact.fields(), params);
    String path = settings.contactsPath();
    return result(exchange.execute(
        settings.contactWriteFormat() == PleziProtocol.ContactWriteFormat.FORM
            ? api.createContact(path, form(params), createMeta)
            : api.createContactJson(path, json(params), createMeta), "contact creation"));
  }

  private static FormBody form(List<Parameter> params) {
    FormBody.Builder form = new FormBody.Builder();
    params.forEach(p -> form.add(p.name(), p.value()));
    return form.build();
  }

  private static Map<String, Object> json(List<Parameter> params) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (Parameter p : params) {
      if (p.name().endsWith("[]")) {
        String name = p.name().substring(0, p.name().length() - 2);
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) json.computeIfAbsent(name, k -> new ArrayList<String>());
        values.add(p.value());
      } else {
        json.put(p.name(), p.value());
      }
    }
    return json;
  }

  /**
   * Reads one page of contacts: {@code GET contacts?limit=&offset=} (path and paging style
   * configurable, see {@link PleziProtocol#listingPaging()}).
   *
   * @param limit the page size, 1 to 1000
   * @param offset how many contacts to skip, from 0
   * @return the page
   * @throws PleziRequestInvalidException for a limit or offset out of range, before any call
   * @throws PleziApiException when Plezi refuses the request or answers with no contact collection
   */
  public ContactPage list(int limit, int offset) {
    checkPage(limit, offset);
    String op = "contact listing";
    Exchange.Reply<Wire.Listing> reply = exchange.execute(OffsetPaging.call(api,
        settings.listingPaging(), settings.contactsPath(), limit, offset, op, listMeta), op);
    List<Wire.Resource> data = collection(reply, op, "contact");
    List<Contact> contacts = new ArrayList<>();
    for (Wire.Resource item : data) {
      Resources.contact(item).ifPresent(contacts::add);
    }
    return ContactPage.builder().contacts(contacts).limit(limit).offset(offset)
        .total(Resources.total(reply.value())).build();
  }

  static List<Wire.Resource> collection(Exchange.Reply<Wire.Listing> reply, String op, String what) {
    List<Wire.Resource> data = reply.value().data();
    if (data == null) {
      throw new PleziUnexpectedResponseException("Plezi " + op + " answered HTTP " + reply.status()
          + " without a " + what + " collection", reply.status(), reply.requestId(), null);
    }
    return data;
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
    checkPage(pageSize, 0);
    return OffsetPaging.stream("contact listing", pageSize, settings.listingPaging(),
        (limit, offset) -> {
          ContactPage page = list(limit, offset);
          return new OffsetPaging.Page<>(page.contacts(), page.total());
        }, Contact::id);
  }

  static void checkPage(int limit, int offset) {
    Checks checks = new Checks();
    checks.range("limit", limit, 1, MAX_PAGE);
    checks.range("offset", offset, 0, Integer.MAX_VALUE);
    checks.throwIfAny("listing");
  }

  private static void names(Checks checks, Optional<String> first, Optional<String> last,
      Optional<String> company) {
    checks.text("firstName", first.orElse(null), Checks.MAX_SHORT_TEXT);
    checks.text("lastName", last.orElse(null), Checks.MAX_SHORT_TEXT);
    checks.text("company", company.orElse(null), Checks.MAX_SHORT_TEXT);
  }

  private static void fields(Checks checks, ContactFields fields) {
    checks.count("fields", fields.asMap().keySet(), Checks.MAX_ITEMS);
    fields.asMap().forEach((key, value) -> {
      String at = "fields[" + key + "]";
      if (key.length() > Checks.MAX_KEY) {
        at = "fields[" + key.substring(0, 20) + "...]";
      }
      checks.token(at + ".key", key, Checks.FIELD_KEY, Checks.MAX_KEY, "must be a field key:"
          + " lower-case letters, digits and underscores, starting with a letter (e.g. plz_social_tags)");
      String bare = key.endsWith("[]") ? key.substring(0, key.length() - 2) : key;
      if (RESERVED_KEYS.contains(bare)) {
        checks.add(at + ".key",
            "is a parameter of the request itself; set it through its own builder method");
      }
      List<String> options = value instanceof FieldValue.MultiSelect multi ? multi.options()
          : value instanceof FieldValue.Select select ? List.of(select.option()) : List.of();
      checks.count(at + ".options", options, Checks.MAX_ITEMS);
      for (int i = 0; i < options.size(); i++) {
        checks.token(at + ".options[" + i + "]", options.get(i), Checks.SLUG,
            Checks.MAX_SHORT_TEXT, "must be an option slug: lower-case letters and digits joined by"
                + " single hyphens (e.g. spring-sale)");
      }
      if (value instanceof FieldValue.Text text) {
        checks.text(at + ".text", text.value(), Checks.MAX_TEXT);
      }
    });
  }

  private static void optional(List<Parameter> params, String name, Optional<String> value) {
    value.ifPresent(v -> params.add(new Parameter(name, v)));
  }

  private UpsertResult result(Exchange.Reply<Wire.WriteAnswer> reply) {
    Wire.WriteAnswer answer = reply.value();
    String id = answer.data() != null ? answer.data().id()
        : Resources.text(answer.id()).orElse(null);
    return UpsertResult.builder()
        .created(settings.createdStatuses().contains(reply.status()))
        .status(reply.status())
        .contactId(Optional.ofNullable(id))
        .requestId(Optional.ofNullable(reply.requestId()))
        .build();
  }
}
