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
  }

  public SeedData seedData() {
    return seed;
  }

  /** The brain API (HMAC-signed). */
  public HttpResponse handleBrain(HttpRequest req) {
    count("brainRequests");
    return jsonApiError(404, "Not Found", "No route matches " + req.method() + " " + req.path());
  }

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
    return jsonApiError(404, "Not Found", "No route matches " + req.method() + " " + req.path());
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
