package io.github.ghlplezi.plezi;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ghlplezi.plezi.PleziRequestInvalidException.Violation;
import io.github.ghlplezi.plezi.internal.LegacyApi;
import io.github.ghlplezi.plezi.internal.RequestValidator;
import io.github.ghlplezi.plezi.internal.WebformCheck;
import io.github.ghlplezi.plezi.model.UpsertResult;
import io.github.ghlplezi.plezi.model.WebformContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

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

  PleziContacts(LegacyApi api, Exchange exchange, HttpUrl baseUrl, FieldEncoding encoding,
      LegacyPaths paths, ContactWriteFormat writeFormat) {
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

  /**
   * The URL {@link #upsertFromWebform} would call, without validating; for diagnostics and tests.
   *
   * @param contact the contact
   * @return the full URL with its query string
   */
  public HttpUrl webformUrl(WebformContact contact) {
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
