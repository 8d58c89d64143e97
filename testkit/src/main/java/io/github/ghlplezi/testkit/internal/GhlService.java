package io.github.ghlplezi.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ghlplezi.testkit.TagCountMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The state and wire protocol of the fake HighLevel API. */
public final class GhlService {

  public static final Set<String> VERSIONS = Set.of("2021-07-28", "2021-04-15", "2023-02-21", "v3");

  public static final List<String> SOCIAL_PLANNER_SCOPES =
      List.of(
          "socialplanner/account.readonly",
          "socialplanner/category.readonly",
          "socialplanner/csv.readonly",
          "socialplanner/csv.write",
          "socialplanner/post.readonly",
          "socialplanner/post.write",
          "socialplanner/statistics.readonly",
          "socialplanner/tag.readonly",
          "socialplanner/tag.write");

  private static final Set<String> STAT_PLATFORMS =
      Set.of("facebook", "instagram", "linkedin", "google", "pinterest", "youtube", "tiktok");

  private static final Pattern TAGS = Pattern.compile("/social-media-posting/([^/]+)/tags");
  private static final Pattern TAG_DETAILS = Pattern.compile("/social-media-posting/([^/]+)/tags/details");
  private static final Pattern ACCOUNTS = Pattern.compile("/social-media-posting/([^/]+)/accounts");
  private static final Pattern STATISTICS = Pattern.compile("/social-media-posting/statistics");

  final Object lock = new Object();
  final Clock clock;
  final Ids ids;
  final SeedData seed;
  volatile GhlSettings settings;
  final RateLimiter limiter;
  final Map<String, LocationState> locations = new LinkedHashMap<>();
  final Map<String, GhlTokens.Access> accessTokens = new ConcurrentHashMap<>();
  final Map<String, GhlTokens.Refresh> refreshTokens = new ConcurrentHashMap<>();
  final Map<String, GhlTokens.Code> codes = new ConcurrentHashMap<>();
  final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  final Map<String, java.math.BigDecimal> metricOverrides = new ConcurrentHashMap<>();
  private volatile boolean statisticsValuesAsString;
  private volatile Duration newTagVisibilityDelay = Duration.ZERO;

  /** New tags stay out of listings for this long after creation (eventual consistency); default zero. */
  public void setNewTagVisibilityDelay(Duration delay) {
    this.newTagVisibilityDelay = delay;
  }
  final GhlOAuth oauth;
  private final AtomicLong webhookSequence = new AtomicLong();

  public long nextWebhookSequence() {
    return webhookSequence.incrementAndGet();
  }

  /** A sub-account as the fake sees it. Guarded by {@link #lock}. */
  public static final class LocationState {
    public final String id;
    public final String name;
    public final String companyId;
    public final String userId;
    public final List<TagState> tags = new ArrayList<>();
    public final List<SeedData.Account> accounts;
    public boolean active = true;
    public boolean installed = true;
    public Instant installedAt;
    public String pit;

    LocationState(String id, String name, String companyId, String userId, List<SeedData.Account> accounts) {
      this.id = id;
      this.name = name;
      this.companyId = companyId;
      this.userId = userId;
      this.accounts = List.copyOf(accounts);
    }
  }

  /** A Social Planner tag. Guarded by {@link #lock}. */
  public static final class TagState {
    public final String id;
    public final String locationId;
    public final String createdBy;
    public final Instant createdAt;
    public String name;
    public boolean deleted;
    public Instant updatedAt;

    TagState(String id, String locationId, String name, String createdBy, Instant createdAt) {
      this.id = id;
      this.locationId = locationId;
      this.name = name;
      this.createdBy = createdBy;
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }
  }

  public GhlService(SeedData seed, Clock clock, GhlSettings settings) {
    this.seed = seed;
    this.clock = clock;
    this.settings = settings;
    this.ids = new Ids(seed.seed() ^ 0x9E3779B97F4A7C15L);
    this.limiter = new RateLimiter(settings.burstMax(), settings.burstInterval().toMillis(), settings.dailyMax());
    for (SeedData.Location l : seed.locations()) {
      String userId = l.tags().isEmpty() ? seed.company().userId() : l.tags().get(0).createdBy();
      LocationState state = new LocationState(l.id(), l.name(), seed.company().id(), userId, l.accounts());
      state.installedAt = l.tags().isEmpty() ? Instant.parse("2026-01-05T09:00:00Z") : l.tags().get(0).createdAt().minus(Duration.ofDays(1));
      for (SeedData.Tag t : l.tags()) {
        state.tags.add(new TagState(t.id(), l.id(), t.name(), t.createdBy(), t.createdAt()));
      }
      state.pit = l.pit();
      accessTokens.put(l.pit(), pitToken(l.pit(), GhlTokens.Kind.LOCATION_PIT, l.id()));
      locations.put(l.id(), state);
    }
    this.oauth = new GhlOAuth(this);
    this.posts = new GhlPosts(this);
    this.csv = new GhlCsv(this, posts);
  }

  private final GhlPosts posts;
  private final GhlCsv csv;

  public GhlOAuth oauth() {
    return oauth;
  }

  static String first(Map<String, List<String>> params, String key) {
    List<String> v = params.get(key);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  GhlTokens.Access pitToken(String value, GhlTokens.Kind kind, String locationId) {
    return pitToken(value, kind, locationId, null);
  }

  GhlTokens.Access pitToken(String value, GhlTokens.Kind kind, String locationId, Set<String> custom) {
    Set<String> scopes = new LinkedHashSet<>(SOCIAL_PLANNER_SCOPES);
    if (custom != null) {
      scopes = new LinkedHashSet<>(custom);
    } else if (kind == GhlTokens.Kind.AGENCY_PIT) {
      scopes.add("locations.readonly");
      scopes.add("oauth.readonly");
      scopes.add("oauth.write");
    }
    return new GhlTokens.Access(value, kind, "pit:" + value.substring(0, Math.min(value.length(), 12)),
        seed.company().id(), locationId, scopes, seed.company().userId(), null);
  }

  public SeedData seedData() {
    return seed;
  }

  public String currentPit(String locationId) {
    synchronized (lock) {
      return location(locationId).pit;
    }
  }

  public java.time.Duration settingsPitOverlap() {
    return settings.pitOverlap();
  }

  public RateLimiter limiter() {
    return limiter;
  }

  // ------------------------------------------------------------------ counters

  public void count(String name) {
    counters.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
  }

  public long counter(String name) {
    AtomicLong c = counters.get(name);
    return c == null ? 0 : c.get();
  }

  public Map<String, Long> counters() {
    Map<String, Long> out = new java.util.TreeMap<>();
    counters.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  // ------------------------------------------------------------------ Java API helpers

  public LocationState location(String id) {
    synchronized (lock) {
      LocationState l = locations.get(id);
      if (l == null) {
        throw new IllegalArgumentException("unknown location: " + id);
      }
      return l;
    }
  }

  /** Adds an installed location with a fresh sub-account PIT and no tags or accounts. */
  public LocationState addLocation(String name) {
    synchronized (lock) {
      String id = ids.ghlId();
      LocationState state = new LocationState(id, name, seed.company().id(), seed.company().userId(), List.of());
      state.installedAt = clock.instant();
      state.pit = "pit-" + ids.uuid();
      accessTokens.put(state.pit, pitToken(state.pit, GhlTokens.Kind.LOCATION_PIT, id));
      locations.put(id, state);
      return state;
    }
  }

  public List<LocationState> locationStates() {
    synchronized (lock) {
      return List.copyOf(locations.values());
    }
  }

  public List<String> activeTagNames(String locationId) {
    synchronized (lock) {
      List<String> out = new ArrayList<>();
      for (TagState t : location(locationId).tags) {
        if (!t.deleted) {
          out.add(t.name);
        }
      }
      return out;
    }
  }

  public String addTag(String locationId, String name) {
    synchronized (lock) {
      LocationState l = location(locationId);
      Instant now = clock.instant();
      TagState t = new TagState(ids.objectId(now), locationId, requireName(name), l.userId, now);
      l.tags.add(t);
      return t.id;
    }
  }

  public void renameTag(String locationId, String tagId, String name) {
    synchronized (lock) {
      TagState t = tag(locationId, tagId);
      t.name = requireName(name);
      t.updatedAt = clock.instant();
    }
  }

  public void deleteTag(String locationId, String tagId) {
    synchronized (lock) {
      TagState t = tag(locationId, tagId);
      t.deleted = true;
      t.updatedAt = clock.instant();
    }
  }

  private TagState tag(String locationId, String tagId) {
    for (TagState t : location(locationId).tags) {
      if (t.id.equals(tagId)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown tag " + tagId + " in location " + locationId);
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("tag name must not be blank");
    }
    return name;
  }

  public void setMetric(String profileId, LocalDate day, String metric, java.math.BigDecimal value) {
    metricOverrides.put(profileId + "|" + day + "|" + metric, value);
  }

  /** Serve every statistics value (series, totals, values) as a numeric string, e.g. {@code "-73.53"}. */
  public void setStatisticsValuesAsString(boolean asString) {
    this.statisticsValuesAsString = asString;
  }

  // ------------------------------------------------------------------ HTTP

  public HttpResponse handle(HttpRequest req) {
    count("requests");
    String path = req.path();
    Matcher m;
    if ("GET".equals(req.method()) && (m = TAGS.matcher(path)).matches()) {
      return resource(req, m.group(1), "socialplanner/tag.readonly", p -> listTags(req, p));
    }
    if ("POST".equals(req.method()) && (m = TAG_DETAILS.matcher(path)).matches()) {
      return resource(req, m.group(1), "socialplanner/tag.readonly", p -> tagDetails(req, p));
    }
    if ("GET".equals(req.method()) && (m = ACCOUNTS.matcher(path)).matches()) {
      return resource(req, m.group(1), "socialplanner/account.readonly", p -> accounts(p));
    }
    if ("POST".equals(req.method()) && STATISTICS.matcher(path).matches()) {
      Optional<String> loc = req.queryParam("locationId");
      if (loc.isEmpty() || loc.get().isBlank()) {
        HttpResponse versionProblem = checkVersion(req);
        if (versionProblem != null) {
          return withLimitHeaders(versionProblem, limiter.peekFull());
        }
        return withLimitHeaders(
            error(422, List.of("locationId should not be empty", "locationId must be a string")),
            limiter.peekFull());
      }
      return resource(req, loc.get(), "socialplanner/statistics.readonly", p -> statistics(req, p));
    }
    return extraRoutes(req);
  }

  /** Routes added by later parts of the fake (OAuth, posts, categories, testkit inspection). */
  HttpResponse extraRoutes(HttpRequest req) {
    HttpResponse r = oauth.handle(req);
    if (r != null) {
      return r;
    }
    r = posts.handle(req);
    if (r != null) {
      return r;
    }
    r = csv.handle(req);
    if (r != null) {
      return r;
    }
    return notFound(req);
  }

  HttpResponse notFound(HttpRequest req) {
    return error(404, "Cannot " + req.method() + " " + req.path(), "Not Found");
  }

  /** The authenticated caller of a resource call. */
  public record Principal(GhlTokens.Access token, LocationState location, String version) {}

  HttpResponse checkVersion(HttpRequest req) {
    Optional<String> version = req.header("version");
    if (version.isEmpty() || version.get().isBlank()) {
      return error(401, "version header was not found.", "Unauthorized");
    }
    if (!VERSIONS.contains(version.get().trim())) {
      return error(401, "version header is invalid", "Unauthorized");
    }
    return null;
  }

  /** Resolves the bearer token, or answers why not. */
  Object bearer(HttpRequest req) {
    Optional<String> auth = req.header("authorization");
    if (auth.isEmpty() || !auth.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
      return error(401, settings.invalidTokenMessage(), "Unauthorized");
    }
    String value = auth.get().substring(7).trim();
    GhlTokens.Access token = accessTokens.get(value);
    Instant now = clock.instant();
    synchronized (lock) {
      if (token == null || token.revoked || (token.expiresAt != null && !now.isBefore(token.expiresAt))) {
        count("rejectedTokens");
        return error(401, settings.invalidTokenMessage(), "Unauthorized");
      }
    }
    return token;
  }

  /** Checks headers, token, class, scope, location and rate limit, then runs {@code body}. */
  HttpResponse resource(HttpRequest req, String locationId, String scope, Function<Principal, HttpResponse> body) {
    HttpResponse problem = checkVersion(req);
    if (problem != null) {
      return withLimitHeaders(problem, limiter.peekFull());
    }
    Object b = bearer(req);
    if (b instanceof HttpResponse) {
      return withLimitHeaders((HttpResponse) b, limiter.peekFull());
    }
    GhlTokens.Access token = (GhlTokens.Access) b;
    if (token.kind == GhlTokens.Kind.AGENCY_PIT) {
      return withLimitHeaders(error(401, "Token's user type mismatch!", "Unauthorized"), limiter.peekFull());
    }
    if (token.kind == GhlTokens.Kind.COMPANY_OAUTH) {
      return withLimitHeaders(
          error(401, "This authClass type is not allowed to access this scope. Please verify your IAM configuration if this is not the case.", "Unauthorized"),
          limiter.peekFull());
    }
    if (!token.scopes.contains(scope)) {
      return withLimitHeaders(error(401, "The token is not authorized for this scope.", "Unauthorized"), limiter.peekFull());
    }
    LocationState location;
    synchronized (lock) {
      location = locations.get(locationId);
      if (location == null || !locationId.equals(token.locationId)) {
        return withLimitHeaders(error(403, "The token does not have access to this location.", "Forbidden"), limiter.peekFull());
      }
      if (!location.installed && !token.kind.isPit()) {
        return withLimitHeaders(error(401, settings.invalidTokenMessage(), "Unauthorized"), limiter.peekFull());
      }
    }
    RateLimiter.Decision d = limiter.acquire(token.client + "|" + locationId, clock.instant());
    if (!d.allowed()) {
      count("rateLimited");
      HttpResponse r = error(429, "Too Many Requests", "Too Many Requests");
      if (settings.retryAfterOn429()) {
        r.header("Retry-After", Long.toString(Math.max(1, (d.retryAfterMillis() + 999) / 1000)));
      }
      return withLimitHeaders(r, d);
    }
    count("resourceCalls");
    count("resourceCalls:" + locationId);
    return withLimitHeaders(body.apply(new Principal(token, location, req.header("version").orElseThrow().trim())), d);
  }

  /** Adds rate-limit headers (full budget) to a response built outside the fake, e.g. by a fault. */
  public HttpResponse withFullLimitHeaders(HttpResponse r) {
    return withLimitHeaders(r, limiter.peekFull());
  }

  HttpResponse withLimitHeaders(HttpResponse r, RateLimiter.Decision d) {
    r.header("X-RateLimit-Limit-Daily", Integer.toString(limiter.dailyMax()));
    r.header("X-RateLimit-Daily-Remaining", Integer.toString(d.dailyRemaining()));
    r.header("X-RateLimit-Interval-Milliseconds", Long.toString(limiter.intervalMillis()));
    r.header("X-RateLimit-Max", Integer.toString(limiter.burstMax()));
    r.header("X-RateLimit-Remaining", Integer.toString(d.burstRemaining()));
    return r;
  }

  /** NestJS-style error envelope with a traceId. */
  public HttpResponse error(int status, Object message, String error) {
    Map<String, Object> body = Json.obj("statusCode", status, "message", message);
    if (error != null) {
      body.put("error", error);
    }
    String traceId = UUID.randomUUID().toString();
    body.put("traceId", traceId);
    return HttpResponse.json(status, body).header("traceId", traceId);
  }

  HttpResponse error(int status, List<String> messages) {
    return error(status, messages, status == 422 ? "Unprocessable Entity" : "Bad Request");
  }

  // ------------------------------------------------------------------ tags

  static Map<String, Object> tagJson(TagState t) {
    return Json.obj(
        "_id", t.id,
        "tag", t.name,
        "locationId", t.locationId,
        "createdBy", t.createdBy,
        "deleted", t.deleted,
        "createdAt", Iso.format(t.createdAt),
        "updatedAt", Iso.format(t.updatedAt));
  }

  private HttpResponse listTags(HttpRequest req, Principal p) {
    List<String> problems = new ArrayList<>();
    int limit = intParam(req, "limit", settings().tagDefaultLimit(), problems);
    int skip = intParam(req, "skip", 0, problems);
    if (!problems.isEmpty()) {
      return error(422, problems);
    }
    limit = Math.min(limit, settings().tagMaxLimit());
    String search = req.queryParam("searchText").orElse("").trim().toLowerCase(Locale.ROOT);
    List<Map<String, Object>> page = new ArrayList<>();
    int total;
    Instant visibleBefore = clock.instant().minus(newTagVisibilityDelay);
    synchronized (lock) {
      List<TagState> matching = new ArrayList<>();
      for (TagState t : p.location().tags) {
        if (visible(t, visibleBefore) && (search.isEmpty() || t.name.toLowerCase(Locale.ROOT).contains(search))) {
          matching.add(t);
        }
      }
      total = matching.size();
      for (int i = skip; i < Math.min(total, (long) skip + limit); i++) {
        page.add(tagJson(matching.get(i)));
      }
    }
    int count = settings().tagCountMode() == TagCountMode.TOTAL ? total : page.size();
    return HttpResponse.json(200, Json.obj(
        "success", true,
        "statusCode", 200,
        "message", "Fetched Tags by Location ID",
        "results", Json.obj("tags", page, "count", count)));
  }

  /**
   * The one visibility rule of both tag reads (listing and {@code tags/details}). HighLevel answers
   * both with the same {@code SocialMediaTagSchema} (apps/social-media-posting.json,
   * components.schemas.SocialMediaTagSchema) and offers neither a parameter to include soft-deleted
   * tags, so a soft-deleted tag (and a new tag still inside the visibility delay) is absent from
   * both; the {@code deleted} field therefore reads {@code false} on every tag the fake returns.
   */
  private boolean visible(TagState t, Instant visibleBefore) {
    if (t.deleted) {
      return false;
    }
    return newTagVisibilityDelay.compareTo(Duration.ZERO) <= 0 || !t.createdAt.isAfter(visibleBefore);
  }

  private static int intParam(HttpRequest req, String name, int dflt, List<String> problems) {
    Optional<String> raw = req.queryParam(name);
    if (raw.isEmpty() || raw.get().isEmpty()) {
      return dflt;
    }
    try {
      int v = Integer.parseInt(raw.get().trim());
      if (v < 0) {
        problems.add(name + " must not be less than 0");
        return dflt;
      }
      return v;
    } catch (NumberFormatException e) {
      problems.add(name + " must be a number string");
      return dflt;
    }
  }

  private HttpResponse tagDetails(HttpRequest req, Principal p) {
    JsonNode body = Json.parseOrNull(req.body());
    if (body == null || !body.isObject()) {
      return error(422, List.of("tagIds must be an array", "tagIds should not be empty"));
    }
    JsonNode ids = body.get("tagIds");
    if (ids == null || !ids.isArray()) {
      return error(422, List.of("tagIds must be an array"));
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (JsonNode id : ids) {
      if (!id.isTextual()) {
        return error(422, List.of("each value in tagIds must be a string"));
      }
      wanted.add(id.asText());
    }
    List<Map<String, Object>> out = new ArrayList<>();
    Instant visibleBefore = clock.instant().minus(newTagVisibilityDelay);
    synchronized (lock) {
      for (TagState t : p.location().tags) {
        if (wanted.contains(t.id) && visible(t, visibleBefore)) {
          out.add(tagJson(t));
        }
      }
    }
    return HttpResponse.json(201, Json.obj(
        "success", true,
        "statusCode", 201,
        "message", "Fetched Tags by Tag IDs",
        "results", Json.obj("tags", out, "count", out.size())));
  }

  GhlSettings settings() {
    return settings;
  }

  // ------------------------------------------------------------------ accounts

  private HttpResponse accounts(Principal p) {
    Instant now = clock.instant();
    List<Map<String, Object>> accounts = new ArrayList<>();
    List<String> live = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (SeedData.Account a : p.location().accounts) {
      boolean expired = !now.isBefore(a.expire());
      accounts.add(Json.obj(
          "id", a.id(),
          "oauthId", a.oauthId(),
          "profileId", a.profileId(),
          "name", a.name(),
          "platform", a.platform(),
          "type", a.type(),
          "expire", Iso.format(a.expire()),
          "isExpired", expired,
          "meta", Json.obj("canDelete", true, "hasStatisticsPermissions", !expired)));
      all.add(a.id());
      if (!expired) {
        live.add(a.id());
      }
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    groups.add(Json.obj("id", groupId(p.location().id, 0), "name", "Primary", "accountIds", all));
    groups.add(Json.obj("id", groupId(p.location().id, 1), "name", "Active brand channels", "accountIds", live));
    return HttpResponse.json(200, Json.obj(
        "success", true,
        "statusCode", 200,
        "message", "Fetched Accounts",
        "results", Json.obj("accounts", accounts, "groups", groups)));
  }

  private String groupId(String locationId, int n) {
    long h = (locationId.hashCode() * 31L + n) ^ seed.seed();
    return String.format("%024x", new java.math.BigInteger(1, java.nio.ByteBuffer.allocate(12).putLong(h).putInt(n).array()));
  }

  // ------------------------------------------------------------------ statistics

  private HttpResponse statistics(HttpRequest req, Principal p) {
    JsonNode body = Json.parseOrNull(req.body());
    if (body == null || !body.isObject()) {
      return error(422, List.of("profileIds must be an array", "profileIds should not be empty"));
    }
    JsonNode profileIds = body.get("profileIds");
    if (profileIds == null || !profileIds.isArray()) {
      return error(422, List.of("profileIds must be an array"));
    }
    if (profileIds.isEmpty()) {
      return error(422, List.of("profileIds should not be empty"));
    }
    // v3 declares maxItems 100; v2 declares no maxItems but its 400 response reads "Occurs when
    // more than 100 accounts are requested", so the limit holds under both versions.
    if (profileIds.size() > 100) {
      return error(400, "profileIds must contain no more than 100 elements", "Bad Request");
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (JsonNode n : profileIds) {
      if (!n.isTextual()) {
        return error(422, List.of("each value in profileIds must be a string"));
      }
      wanted.add(n.asText());
    }
    Set<String> platforms = null;
    JsonNode pl = body.get("platforms");
    if (pl != null && !pl.isNull()) {
      if (!pl.isArray()) {
        return error(422, List.of("platforms must be an array"));
      }
      platforms = new LinkedHashSet<>();
      for (JsonNode n : pl) {
        if (!n.isTextual() || !STAT_PLATFORMS.contains(n.asText())) {
          return error(400, "each value in platforms must be one of the following values: "
              + "facebook, instagram, linkedin, google, pinterest, youtube, tiktok", "Bad Request");
        }
        platforms.add(n.asText());
      }
      if (platforms.isEmpty()) {
        platforms = null;
      }
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate curStart = today.minusDays(7);
    LocalDate prevStart = today.minusDays(14);
    int days = 7;
    // currentRange/prevRange exist only in the v3 contract (apps/v3/social-planner-v3.json,
    // paths./social-media-posting/statistics.post.requestBody). The v2 contract
    // (apps/social-media-posting.json, same operation) declares neither field, promises "the last
    // 7 days with comparison to the previous 7 days" and lists no refusal for extra fields (its 400
    // is for more than 100 accounts or invalid declared parameters), so under any other Version the
    // fields are ignored, not refused, and the fixed 7-day comparison is answered.
    boolean v3 = "v3".equals(p.version());
    JsonNode cur = v3 ? body.get("currentRange") : null;
    JsonNode prev = v3 ? body.get("prevRange") : null;
    if (prev != null && !prev.isNull() && (cur == null || cur.isNull())) {
      return error(400, "prevRange can only be provided when currentRange is also present", "Bad Request");
    }
    boolean compare = true;
    if (cur != null && !cur.isNull()) {
      LocalDate[] r = range(cur);
      if (r == null) {
        return error(400, "currentRange must have valid ISO 8601 startDate and endDate, startDate before endDate", "Bad Request");
      }
      curStart = r[0];
      days = (int) (r[1].toEpochDay() - r[0].toEpochDay()) + 1;
      // Not in either spec: the fake's own bound on a v3 custom range, so a test cannot ask for years of series.
      if (days > 400) {
        return error(400, "currentRange must not exceed 400 days", "Bad Request");
      }
      if (prev != null && !prev.isNull()) {
        LocalDate[] pr = range(prev);
        if (pr == null) {
          return error(400, "prevRange must have valid ISO 8601 startDate and endDate, startDate before endDate", "Bad Request");
        }
        prevStart = pr[0];
      } else {
        compare = false;
      }
    }
    List<SeedData.Account> accounts = new ArrayList<>();
    for (SeedData.Account a : p.location().accounts) {
      if (!wanted.contains(a.profileId())) {
        continue;
      }
      if ("linkedin".equals(a.platform()) && !"page".equals(a.type())) {
        continue;
      }
      if ("tiktok".equals(a.platform()) && !"business".equals(a.type())) {
        continue;
      }
      if (platforms != null && !platforms.contains(a.platform())) {
        continue;
      }
      accounts.add(a);
    }
    Map<String, Object> results = buildStatistics(accounts, curStart, prevStart, days, compare);
    String traceId = UUID.randomUUID().toString();
    int status = v3 ? 200 : 201;
    return HttpResponse.json(status, Json.obj(
        "results", results,
        "message", "Analytics Built Successfully",
        "traceId", traceId));
  }

  private static LocalDate[] range(JsonNode n) {
    if (!n.isObject() || !n.path("startDate").isTextual() || !n.path("endDate").isTextual()) {
      return null;
    }
    try {
      LocalDate s = Iso.parseDate(n.get("startDate").asText());
      LocalDate e = Iso.parseDate(n.get("endDate").asText());
      if (e.isBefore(s)) {
        return null;
      }
      return new LocalDate[] {s, e};
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /** Deterministic daily metric of one profile (or the value a test set). */
  public java.math.BigDecimal metric(SeedData.Account a, LocalDate day, String metric) {
    java.math.BigDecimal o = metricOverrides.get(a.profileId() + "|" + day + "|" + metric);
    return o != null ? o : java.math.BigDecimal.valueOf(seededMetric(a, day, metric));
  }

  private long seededMetric(SeedData.Account a, LocalDate day, String metric) {
    long mix = seed.seed() * 0x9E3779B97F4A7C15L ^ a.profileId().hashCode() * 1_000_003L
        ^ day.toEpochDay() * 7919L ^ metric.hashCode() * 31L;
    SplittableRandom r = new SplittableRandom(mix);
    int scale = 1 + Math.abs(a.profileId().hashCode() % 5);
    switch (metric) {
      case "posts":
        return r.nextInt(3);
      case "impressions":
        return (long) scale * (80 + r.nextInt(400));
      case "reach":
        return (long) scale * (50 + r.nextInt(250));
      case "likes":
        return (long) scale * r.nextInt(40);
      case "comments":
        return r.nextInt(12);
      case "shares":
        return r.nextInt(8);
      case "followers": {
        SplittableRandom base = new SplittableRandom(seed.seed() ^ a.profileId().hashCode());
        long start = 300 + base.nextInt(20_000);
        long epochDay = day.toEpochDay() - LocalDate.of(2026, 1, 1).toEpochDay();
        return Math.max(0, start + epochDay * (1 + base.nextInt(6)) + r.nextInt(5));
      }
      default:
        return 0;
    }
  }

  private java.math.BigDecimal sum(List<SeedData.Account> accounts, LocalDate start, int days, String metric,
      String platform) {
    java.math.BigDecimal s = java.math.BigDecimal.ZERO;
    for (SeedData.Account a : accounts) {
      if (platform != null && !platform.equals(a.platform())) {
        continue;
      }
      for (int d = 0; d < days; d++) {
        s = s.add(metric(a, start.plusDays(d), metric));
      }
    }
    return s;
  }

  private List<java.math.BigDecimal> series(List<SeedData.Account> accounts, LocalDate start, int days, String metric,
      String platform) {
    List<java.math.BigDecimal> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      java.math.BigDecimal s = java.math.BigDecimal.ZERO;
      for (SeedData.Account a : accounts) {
        if (platform == null || platform.equals(a.platform())) {
          s = s.add(metric(a, start.plusDays(d), metric));
        }
      }
      out.add(s);
    }
    return out;
  }

  /** A value on the wire: an integer, a decimal number, or (switched on) a numeric string. */
  private Object wire(java.math.BigDecimal v) {
    if (statisticsValuesAsString) {
      return v.toPlainString();
    }
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0 ? (Object) v.longValueExact() : v;
  }

  private List<Object> wire(List<java.math.BigDecimal> values) {
    List<Object> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(wire(v)));
    return out;
  }

  private Object change(java.math.BigDecimal currentValue, java.math.BigDecimal previousValue, boolean compare) {
    double current = currentValue.doubleValue();
    double previous = previousValue.doubleValue();
    double pct;
    if (!compare || previous == 0) {
      pct = (!compare || current == 0) ? 0 : 100;
    } else {
      pct = (current - previous) * 100.0 / previous;
    }
    double rounded = Math.round(pct * 100.0) / 100.0;
    if (settings.statisticsChangeAsString() && rounded != 0) {
      return String.format(Locale.ROOT, "%.2f", rounded);
    }
    return rounded == Math.rint(rounded) ? (Object) (long) rounded : (Object) rounded;
  }

  private Map<String, Object> buildStatistics(List<SeedData.Account> accounts, LocalDate cur, LocalDate prev, int days, boolean compare) {
    List<String> platforms = new ArrayList<>();
    for (SeedData.Account a : accounts) {
      if (!platforms.contains(a.platform())) {
        platforms.add(a.platform());
      }
    }
    List<String> dayRange = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      dayRange.add(cur.plusDays(d).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
    LocalDate lastDay = cur.plusDays(days - 1L);
    java.math.BigDecimal followerCount = java.math.BigDecimal.ZERO;
    for (SeedData.Account a : accounts) {
      followerCount = followerCount.add(metric(a, lastDay, "followers"));
    }
    long followers = followerCount.longValue();
    Map<String, Object> totals = Json.obj(
        "posts", wire(sum(accounts, cur, days, "posts", null)),
        "likes", wire(sum(accounts, cur, days, "likes", null)),
        "followers", wire(followerCount),
        "impressions", wire(sum(accounts, cur, days, "impressions", null)),
        "comments", wire(sum(accounts, cur, days, "comments", null)));
    Map<String, Object> postsByPlatform = new LinkedHashMap<>();
    for (String pf : platforms) {
      postsByPlatform.put(pf, wire(series(accounts, cur, days, "posts", pf)));
    }
    Map<String, Object> postPerformance = Json.obj(
        "posts", postsByPlatform,
        "impressions", wire(series(accounts, cur, days, "impressions", null)),
        "likes", wire(series(accounts, cur, days, "likes", null)),
        "comments", wire(series(accounts, cur, days, "comments", null)));
    Map<String, Object> breakdowns = new LinkedHashMap<>();
    for (String metric : List.of("posts", "impressions", "reach")) {
      Map<String, Object> perPlatform = new LinkedHashMap<>();
      for (String pf : platforms) {
        java.math.BigDecimal c = sum(accounts, cur, days, metric, pf);
        java.math.BigDecimal pv = sum(accounts, prev, days, metric, pf);
        perPlatform.put(pf, Json.obj("value", wire(c), "change", change(c, pv, compare)));
      }
      java.math.BigDecimal c = sum(accounts, cur, days, metric, null);
      java.math.BigDecimal pv = sum(accounts, prev, days, metric, null);
      breakdowns.put(metric, Json.obj("total", wire(c), "totalChange", change(c, pv, compare), "platforms", perPlatform));
    }
    Map<String, Object> engagement = new LinkedHashMap<>();
    for (String pf : platforms) {
      java.math.BigDecimal likes = sum(accounts, cur, days, "likes", pf);
      java.math.BigDecimal comments = sum(accounts, cur, days, "comments", pf);
      java.math.BigDecimal shares = sum(accounts, cur, days, "shares", pf);
      java.math.BigDecimal prevTotal = sum(accounts, prev, days, "likes", pf).add(sum(accounts, prev, days, "comments", pf))
          .add(sum(accounts, prev, days, "shares", pf));
      engagement.put(pf, Json.obj("likes", wire(likes), "comments", wire(comments), "shares", wire(shares),
          "change", change(likes.add(comments).add(shares), prevTotal, compare)));
    }
    breakdowns.put("engagement", engagement);
    Map<String, Object> platformTotals = new LinkedHashMap<>();
    for (String metric : List.of("impressions", "followers", "likes")) {
      Map<String, Object> perPlatform = new LinkedHashMap<>();
      for (String pf : platforms) {
        List<java.math.BigDecimal> s = series(accounts, cur, days, metric, pf);
        java.math.BigDecimal total = "followers".equals(metric) ? s.get(s.size() - 1)
            : s.stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        perPlatform.put(pf, Json.obj("total", wire(total), "series", wire(s)));
      }
      platformTotals.put(metric, perPlatform);
    }
    long male = followers * 46 / 100;
    long female = followers * 49 / 100;
    long unknown = followers - male - female;
    Map<String, Object> gender = Json.obj(
        "male", Json.obj("total", male, "percentage", pct(male, followers)),
        "female", Json.obj("total", female, "percentage", pct(female, followers)),
        "unknown", Json.obj("total", unknown, "percentage", pct(unknown, followers)));
    long[] ageShares = {2, 14, 31, 24, 15, 9, 5};
    String[] ageKeys = {"13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
    Map<String, Object> age = new LinkedHashMap<>();
    for (int i = 0; i < ageKeys.length; i++) {
      age.put(ageKeys[i], followers * ageShares[i] / 100);
    }
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("dayRange", dayRange);
    results.put("totals", totals);
    results.put("postPerformance", postPerformance);
    results.put("breakdowns", breakdowns);
    results.put("platformTotals", platformTotals);
    results.put("demographics", Json.obj("gender", Json.obj("totals", gender), "age", Json.obj("totals", age)));
    return results;
  }

  private static double pct(long part, long whole) {
    return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 100.0;
  }

  static <T> List<T> copy(List<T> l) {
    return Collections.unmodifiableList(new ArrayList<>(l));
  }

  static Map<String, Object> map() {
    return new HashMap<>();
  }
}
