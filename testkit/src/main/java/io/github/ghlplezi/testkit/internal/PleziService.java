package io.github.ghlplezi.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ghlplezi.testkit.UnknownValueMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** The state and legacy wire protocol of the fake Plezi API. */
public final class PleziService {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** Query/body keys that are not contact fields. */
  private static final Set<String> CONTROL_KEYS =
      Set.of("form_id", "content_web_form_id", "email", "keep_multiple_select_values", "visit", "visitor",
          "utm", "utm_medium", "utm_source", "utm_campaign", "gclid", "referer", "subscriptions", "consents",
          "tenant_id", "form_version");

  /** Standard contact attributes stored as single-valued fields. */
  public static final List<String> STANDARD_FIELDS = List.of("first_name", "last_name", "company", "phone", "job_title");

  final Object lock = new Object();
  final Clock clock;
  final Ids ids;
  final SeedData seed;
  volatile PleziSettings settings;
  final Map<String, FieldDef> fields = new LinkedHashMap<>();
  final Map<String, SeedData.Form> formsById = new LinkedHashMap<>();
  final Map<String, Contact> contacts = new LinkedHashMap<>();
  final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  final List<ChangeListener> listeners = new ArrayList<>();
  final PleziAutomation automation;

  /** Called (under the lock) after a contact is created or changed. */
  public interface ChangeListener {
    void changed(Contact contact, Instant at);
  }

  /** A field definition (mutable options for AUTO_CREATE). Guarded by the lock. */
  public static final class FieldDef {
    public final String key;
    public final String label;
    public final String type;
    public final List<String> options;

    FieldDef(String key, String label, String type, List<String> options) {
      this.key = key;
      this.label = label;
      this.type = type;
      this.options = new ArrayList<>(options);
    }

    public boolean hasOptions() {
      return "select".equals(type) || "multi_select".equals(type);
    }
  }

  /** A contact. Guarded by the lock. */
  public static final class Contact {
    public final String id;
    public final String email;
    public final Instant createdAt;
    public Instant updatedAt;
    public final Map<String, List<String>> fields = new LinkedHashMap<>();
    public final List<String> submittedForms = new ArrayList<>();
    public long writes;

    Contact(String id, String email, Instant createdAt) {
      this.id = id;
      this.email = email;
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }
  }

  public PleziService(SeedData seed, Clock clock, PleziSettings settings) {
    this.seed = seed;
    this.clock = clock;
    this.settings = settings;
    this.ids = new Ids(seed.seed() ^ 0x5DEECE66DL);
    for (SeedData.Field f : seed.plezi().fields()) {
      fields.put(f.key(), new FieldDef(f.key(), f.label(), f.type(), f.options()));
    }
    for (SeedData.Form f : seed.plezi().forms()) {
      formsById.put(f.formId(), f);
    }
    this.automation = new PleziAutomation(this, clock);
  }

  public PleziAutomation automation() {
    return automation;
  }

  public String settingsBrainHost() {
    return settings.brainSigningHost();
  }

  public Object lock() {
    return lock;
  }

  public SeedData seedData() {
    return seed;
  }

  /** The brain API (HMAC-signed). */
  public HttpResponse handleBrain(HttpRequest req) {
    count("brainRequests");
    return brain.handle(req);
  }

  final PleziBrain brain = new PleziBrain(this);

  public void addListener(ChangeListener l) {
    synchronized (lock) {
      listeners.add(l);
    }
  }

  public void count(String name) {
    counters.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
  }

  public long counter(String name) {
    AtomicLong c = counters.get(name);
    return c == null ? 0 : c.get();
  }

  // ------------------------------------------------------------------ Java API

  public Optional<Contact> contact(String email) {
    synchronized (lock) {
      return Optional.ofNullable(contacts.get(normalize(email)));
    }
  }

  public List<Contact> contacts() {
    synchronized (lock) {
      return List.copyOf(contacts.values());
    }
  }

  public Map<String, List<String>> fieldsSnapshot(Contact c) {
    synchronized (lock) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      c.fields.forEach((k, v) -> out.put(k, List.copyOf(v)));
      return out;
    }
  }

  public List<String> fieldOptions(String key) {
    synchronized (lock) {
      FieldDef f = fields.get(key);
      return f == null ? List.of() : List.copyOf(f.options);
    }
  }

  public Map<String, FieldDef> fieldDefs() {
    synchronized (lock) {
      return new LinkedHashMap<>(fields);
    }
  }

  /** Adds an option to a select field, as an admin would in the UI. */
  public void addOption(String key, String option) {
    synchronized (lock) {
      FieldDef f = fields.get(key);
      if (f == null || !f.hasOptions()) {
        throw new IllegalArgumentException("no select field " + key);
      }
      if (!f.options.contains(option)) {
        f.options.add(option);
      }
    }
  }

  static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------ HTTP

  public HttpResponse handle(HttpRequest req) {
    count("requests");
    String path = req.path();
    if (path.startsWith("/__testkit/")) {
      return inspect(req, path.substring("/__testkit/".length()));
    }
    if (!path.startsWith("/api/v1/")) {
      return jsonApiError(404, "Not Found", "No route matches " + req.method() + " " + path);
    }
    String rest = path.substring("/api/v1/".length());
    HttpResponse authProblem = checkLegacyAuth(req);
    if (authProblem != null) {
      count("unauthorized");
      return authProblem;
    }
    if ("create_contact_after_webform".equals(rest)) {
      if (!"GET".equals(req.method()) && !"POST".equals(req.method())) {
        return jsonApiError(405, "Method Not Allowed", req.method() + " is not supported here");
      }
      return webform(req);
    }
    return extraRoutes(req, rest);
  }

  HttpResponse extraRoutes(HttpRequest req, String rest) {
    if ("contacts".equals(rest)) {
      if ("GET".equals(req.method())) {
        return listContacts(req);
      }
      if ("POST".equals(req.method())) {
        return postContact(req);
      }
      return jsonApiError(405, "Method Not Allowed", req.method() + " is not supported on contacts");
    }
    if (rest.startsWith("contacts/") && "GET".equals(req.method())) {
      String id = rest.substring("contacts/".length());
      synchronized (lock) {
        for (Contact c : contacts.values()) {
          if (c.id.equals(id)) {
            return HttpResponse.json(200, Json.obj("data", contactJson(c)));
          }
        }
      }
      return jsonApiError(404, "Not Found", "No contact with id " + id);
    }
    if ("contact_lists".equals(rest) || rest.startsWith("contact_lists/")) {
      if (!"GET".equals(req.method()) || !"contact_lists".equals(rest)) {
        return jsonApiError(405, "Method Not Allowed", "Contact lists are read-only");
      }
      return listLists(req);
    }
    return jsonApiError(404, "Not Found", "No route matches " + req.method() + " " + req.path());
  }

  /** Paging from limit/offset (Unified.to style) or page/per_page (brain style). */
  record Paging(int offset, int limit, String error) {}

  static Paging paging(HttpRequest req, int defaultLimit, int maxLimit) {
    try {
      if (req.queryParam("page").isPresent() || req.queryParam("per_page").isPresent()) {
        int page = Integer.parseInt(req.queryParam("page").orElse("1"));
        int per = Integer.parseInt(req.queryParam("per_page").orElse(Integer.toString(defaultLimit)));
        if (page < 1 || per < 1) {
          return new Paging(0, 0, "page and per_page must be positive");
        }
        per = Math.min(per, maxLimit);
        return new Paging((page - 1) * per, per, null);
      }
      int limit = Integer.parseInt(req.queryParam("limit").orElse(Integer.toString(defaultLimit)));
      int offset = Integer.parseInt(req.queryParam("offset").orElse("0"));
      if (limit < 1 || offset < 0) {
        return new Paging(0, 0, "limit must be positive and offset not negative");
      }
      return new Paging(offset, Math.min(limit, maxLimit), null);
    } catch (NumberFormatException e) {
      return new Paging(0, 0, "paging parameters must be integers");
    }
  }

  private static <T> List<T> slice(List<T> all, Paging p) {
    int from = (int) Math.min(all.size(), (long) p.offset());
    int to = (int) Math.min(all.size(), (long) p.offset() + p.limit());
    return new ArrayList<>(all.subList(from, to));
  }

  private HttpResponse listContacts(HttpRequest req) {
    Paging p = paging(req, 20, 100);
    if (p.error() != null) {
      return jsonApiError(422, "Unprocessable Entity", p.error());
    }
    synchronized (lock) {
      List<Contact> all = new ArrayList<>(contacts.values());
      List<Object> data = new ArrayList<>();
      for (Contact c : slice(all, p)) {
        data.add(contactJson(c));
      }
      return HttpResponse.json(200, Json.obj("data", data,
          "meta", Json.obj("total_results", all.size(), "offset", p.offset(), "limit", p.limit())));
    }
  }

  private HttpResponse listLists(HttpRequest req) {
    Paging p = paging(req, 20, 100);
    if (p.error() != null) {
      return jsonApiError(422, "Unprocessable Entity", p.error());
    }
    synchronized (lock) {
      List<PleziAutomation.ListDef> all = new ArrayList<>(automation.lists().values());
      List<Object> data = new ArrayList<>();
      for (PleziAutomation.ListDef l : slice(all, p)) {
        data.add(Json.obj("id", l.id, "type", "contact_lists", "attributes",
            Json.obj("name", l.name, "created_at", Iso.format(l.createdAt), "updated_at", Iso.format(l.createdAt))));
      }
      return HttpResponse.json(200, Json.obj("data", data,
          "meta", Json.obj("total_results", all.size(), "offset", p.offset(), "limit", p.limit())));
    }
  }

  /** POST /contacts: form-encoded, flat JSON or JSON:API {data:{attributes}}; no form submission. */
  private HttpResponse postContact(HttpRequest req) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (req.isFormEncoded()) {
      params.putAll(req.form());
    } else {
      JsonNode body = Json.parseOrNull(req.body());
      if (body == null || !body.isObject()) {
        return jsonApiError(400, "Bad Request", "Body must be form-encoded or a JSON object");
      }
      JsonNode attrs = body.path("data").path("attributes");
      JsonNode source = attrs.isObject() ? attrs : body;
      source.properties().forEach(e -> {
        JsonNode v = e.getValue();
        List<String> values = new ArrayList<>();
        if (v.isArray()) {
          v.forEach(x -> values.add(x.asText()));
          params.put(e.getKey() + "[]", values);
        } else if (!v.isNull()) {
          values.add(v.asText());
          params.put(e.getKey(), values);
        }
      });
    }
    String email = first(params, "email");
    if (!settings.postContactsUpsert() && email != null) {
      synchronized (lock) {
        if (contacts.containsKey(normalize(email))) {
          return jsonApiError(422, "Unprocessable Entity", "email has already been taken");
        }
      }
    }
    return upsert(params, isTrue(first(params, "keep_multiple_select_values")), "contacts", null);
  }

  // ------------------------------------------------------------------ testkit-only inspection

  private HttpResponse inspect(HttpRequest req, String rest) {
    if (!"GET".equals(req.method())) {
      return jsonApiError(405, "Method Not Allowed", "inspection is read-only");
    }
    synchronized (lock) {
      if (rest.startsWith("contacts/")) {
        String email = normalize(java.net.URLDecoder.decode(rest.substring("contacts/".length()),
            java.nio.charset.StandardCharsets.UTF_8));
        Contact c = contacts.get(email);
        if (c == null) {
          return jsonApiError(404, "Not Found", "No contact " + email);
        }
        return HttpResponse.json(200, automation.inspectContact(c));
      }
      if ("lists".equals(rest)) {
        List<Object> out = new ArrayList<>();
        for (PleziAutomation.ListDef l : automation.lists().values()) {
          out.add(Json.obj("id", l.id, "name", l.name, "smart", l.smart(), "rule", l.rule(),
              "members", new ArrayList<>(l.members)));
        }
        return HttpResponse.json(200, Json.obj("lists", out));
      }
      if ("workflows".equals(rest)) {
        List<Object> out = new ArrayList<>();
        for (PleziAutomation.WorkflowDef w : automation.workflows().values()) {
          out.add(Json.obj("id", w.id, "name", w.name, "listId", w.listId, "mode", w.mode,
              "entered", new ArrayList<>(w.entered), "exited", new ArrayList<>(w.exited)));
        }
        return HttpResponse.json(200, Json.obj("workflows", out));
      }
      if ("fields".equals(rest)) {
        List<Object> out = new ArrayList<>();
        for (FieldDef f : fields.values()) {
          out.add(Json.obj("key", f.key, "label", f.label, "type", f.type, "options", new ArrayList<>(f.options)));
        }
        return HttpResponse.json(200, Json.obj("fields", out));
      }
    }
    return jsonApiError(404, "Not Found", "Unknown inspection path " + rest);
  }

  HttpResponse checkLegacyAuth(HttpRequest req) {
    Optional<String> key = req.header("x-api-key");
    Optional<String> tenant = req.header("x-tenant-company");
    int status = settings.legacyAuthStatus();
    if (key.isEmpty() || tenant.isEmpty()) {
      return jsonApiError(status, status == 401 ? "Unauthorized" : "Forbidden",
          "The X-API-Key and X-Tenant-Company headers are required");
    }
    if (!seed.plezi().apiKey().equals(key.get().trim()) || !seed.plezi().tenantCompany().equals(tenant.get().trim())) {
      return jsonApiError(status, status == 401 ? "Unauthorized" : "Forbidden",
          "Invalid API key or tenant company");
    }
    return null;
  }

  public static HttpResponse jsonApiError(int status, String title, String detail) {
    return HttpResponse.json(status, Json.obj("errors",
        List.of(Json.obj("status", Integer.toString(status), "title", title, "detail", detail))));
  }

  private HttpResponse webform(HttpRequest req) {
    Map<String, List<String>> params = new LinkedHashMap<>(req.query());
    if ("POST".equals(req.method()) && req.isFormEncoded()) {
      req.form().forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }
    String formId = first(params, "form_id");
    if (formId == null || formId.isBlank()) {
      return jsonApiError(422, "Unprocessable Entity", "form_id is missing");
    }
    SeedData.Form form = formsById.get(formId);
    if (form == null) {
      return jsonApiError(settings.unknownFormStatus(), "Form not found", "No form with id " + formId);
    }
    String cwf = first(params, "content_web_form_id");
    if (cwf != null && !cwf.isBlank() && !cwf.equals(form.contentWebFormId())) {
      boolean known = formsById.values().stream().anyMatch(f -> f.contentWebFormId().equals(cwf));
      return jsonApiError(settings.unknownFormStatus(), "Content web form not found",
          known ? "content_web_form_id " + cwf + " does not belong to form " + formId
              : "No content web form with id " + cwf);
    }
    boolean merge = isTrue(first(params, "keep_multiple_select_values"));
    return upsert(params, merge, "webform:" + formId, formId);
  }

  private static boolean isTrue(String v) {
    return v != null && (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"));
  }

  static String first(Map<String, List<String>> params, String key) {
    List<String> v = params.get(key);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** Parsed field values: key -> (values, multi) in request order. */
  record FieldInput(String key, List<String> values, boolean bracket) {}

  static List<FieldInput> fieldInputs(Map<String, List<String>> params) {
    Map<String, FieldInput> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      String key = e.getKey();
      boolean bracket = key.endsWith("[]");
      String base = bracket ? key.substring(0, key.length() - 2) : key;
      if (CONTROL_KEYS.contains(base)) {
        continue;
      }
      FieldInput prior = out.get(base);
      List<String> values = new ArrayList<>(prior == null ? List.of() : prior.values());
      values.addAll(e.getValue());
      out.put(base, new FieldInput(base, values, bracket || (prior != null && prior.bracket()) || e.getValue().size() > 1));
    }
    return new ArrayList<>(out.values());
  }

  /**
   * Creates or updates a contact from parameters (webform or POST /contacts). Caller has checked
   * auth. {@code formId} is recorded as a submission when not null.
   */
  HttpResponse upsert(Map<String, List<String>> params, boolean merge, String source, String formId) {
    String rawEmail = first(params, "email");
    if (rawEmail == null || rawEmail.isBlank()) {
      return jsonApiError(422, "Unprocessable Entity", "email is missing");
    }
    String email = normalize(rawEmail);
    if (!EMAIL.matcher(email).matches()) {
      return jsonApiError(422, "Unprocessable Entity", "email is invalid: " + rawEmail.trim());
    }
    List<FieldInput> inputs = fieldInputs(params);
    synchronized (lock) {
      UnknownValueMode mode = settings.unknownValueMode();
      Map<String, List<String>> toApply = new LinkedHashMap<>();
      for (FieldInput in : inputs) {
        boolean standard = STANDARD_FIELDS.contains(in.key());
        FieldDef def = fields.get(in.key());
        if (!standard && def == null) {
          if (!in.key().startsWith("plz_")) {
            continue;
          }
          if (mode == UnknownValueMode.REJECT_422) {
            return jsonApiError(422, "Unknown field", "Unknown contact field key: " + in.key());
          }
          if (mode == UnknownValueMode.IGNORE) {
            count("ignoredFields");
            continue;
          }
          boolean multi = in.bracket() || in.values().stream().anyMatch(v -> v.contains(","));
          def = new FieldDef(in.key(), in.key(), multi ? "multi_select" : "text", List.of());
          fields.put(in.key(), def);
          count("autoCreatedFields");
        }
        List<String> values = new ArrayList<>();
        if (def != null && "multi_select".equals(def.type)) {
          for (String v : in.values()) {
            for (String part : v.split(",")) {
              String t = part.trim();
              if (!t.isEmpty() && !values.contains(t)) {
                values.add(t);
              }
            }
          }
        } else {
          String v = in.values().isEmpty() ? "" : in.values().get(in.values().size() - 1).trim();
          if (!v.isEmpty()) {
            values.add(v);
          }
        }
        if (def != null && def.hasOptions()) {
          for (Iterator<String> it = values.iterator(); it.hasNext(); ) {
            String v = it.next();
            if (def.options.contains(v)) {
              continue;
            }
            if (mode == UnknownValueMode.REJECT_422) {
              return jsonApiError(422, "Unknown option", "Value '" + v + "' is not an option of field " + def.key);
            }
            if (mode == UnknownValueMode.IGNORE) {
              count("ignoredOptions");
              it.remove();
            } else {
              def.options.add(v);
              count("autoCreatedOptions");
            }
          }
        }
        if (def != null && "number".equals(def.type)) {
          for (String v : values) {
            try {
              Double.parseDouble(v);
            } catch (NumberFormatException e) {
              return jsonApiError(422, "Invalid value", "Field " + def.key + " expects a number, got '" + v + "'");
            }
          }
        }
        toApply.put(in.key(), values);
      }
      Instant now = clock.instant();
      Contact c = contacts.get(email);
      boolean created = c == null;
      if (created) {
        c = new Contact(ids.objectId(now), email, now);
        contacts.put(email, c);
      }
      for (Map.Entry<String, List<String>> e : toApply.entrySet()) {
        FieldDef def = fields.get(e.getKey());
        boolean multi = def != null && "multi_select".equals(def.type);
        if (multi && merge) {
          List<String> merged = new ArrayList<>(c.fields.getOrDefault(e.getKey(), List.of()));
          for (String v : e.getValue()) {
            if (!merged.contains(v)) {
              merged.add(v);
            }
          }
          c.fields.put(e.getKey(), merged);
        } else if (e.getValue().isEmpty()) {
          if (multi) {
            c.fields.put(e.getKey(), new ArrayList<>());
          }
        } else {
          c.fields.put(e.getKey(), new ArrayList<>(e.getValue()));
        }
      }
      c.updatedAt = now;
      c.writes++;
      if (formId != null) {
        c.submittedForms.add(formId);
      }
      count(created ? "contactsCreated" : "contactsUpdated");
      count("writes");
      count("writes:" + email);
      count("source:" + source);
      for (ChangeListener l : listeners) {
        l.changed(c, now);
      }
      return HttpResponse.json(created ? 201 : 200, Json.obj("data", contactJson(c)));
    }
  }

  Map<String, Object> contactJson(Contact c) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("email", c.email);
    for (String f : STANDARD_FIELDS) {
      List<String> v = c.fields.get(f);
      attributes.put(f, v == null || v.isEmpty() ? null : v.get(0));
    }
    Map<String, Object> custom = new LinkedHashMap<>();
    c.fields.forEach((k, v) -> {
      if (!STANDARD_FIELDS.contains(k)) {
        FieldDef def = fields.get(k);
        boolean multi = def != null && "multi_select".equals(def.type);
        custom.put(k, multi ? List.copyOf(v) : (v.isEmpty() ? null : v.get(0)));
      }
    });
    attributes.put("custom_fields", custom);
    attributes.put("created_at", Iso.format(c.createdAt));
    attributes.put("updated_at", Iso.format(c.updatedAt));
    return Json.obj("id", c.id, "type", "contacts", "attributes", attributes);
  }

  static Set<String> setOf(JsonNode n) {
    Set<String> s = new LinkedHashSet<>();
    n.forEach(x -> s.add(x.asText()));
    return s;
  }
}
