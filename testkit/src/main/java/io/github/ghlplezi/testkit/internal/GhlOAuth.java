package io.github.ghlplezi.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** OAuth 2.0 of the fake HighLevel: consent, token, locationToken, installedLocations, PITs. */
public final class GhlOAuth {
  public static final long ACCESS_TOKEN_SECONDS = 86_399;
  static final Duration REFRESH_LIFETIME = Duration.ofDays(365);

  /** Scopes an app may request; anything else makes the consent page refuse the install. */
  public static final Set<String> KNOWN_SCOPES;

  static {
    Set<String> s = new LinkedHashSet<>(GhlService.SOCIAL_PLANNER_SCOPES);
    s.addAll(List.of("socialplanner/account.write", "socialplanner/category.write", "socialplanner/csv.readonly",
        "socialplanner/csv.write", "socialplanner/hashtag.readonly", "socialplanner/hashtag.write",
        "socialplanner/metatag.readonly", "socialplanner/oauth.readonly", "socialplanner/oauth.write",
        "locations.readonly", "locations.write", "oauth.readonly", "oauth.write", "contacts.readonly",
        "contacts.write", "users.readonly"));
    KNOWN_SCOPES = Set.copyOf(s);
  }

  private final GhlService ghl;
  private volatile String consentLocationId;
  private volatile boolean consentCompany;
  private volatile boolean echoState = true;

  GhlOAuth(GhlService ghl) {
    this.ghl = ghl;
    this.consentLocationId = ghl.seed.locations().get(0).id();
  }

  /** What the consent page approves without a person: one location, or the agency (Company). */
  public void approveConsentFor(String locationId, boolean company) {
    if (locationId != null) {
      ghl.location(locationId);
    }
    this.consentLocationId = locationId;
    this.consentCompany = company;
  }

  public void echoState(boolean echo) {
    this.echoState = echo;
  }

  /** Routes OAuth paths; null when the path is not an OAuth one. */
  HttpResponse handle(HttpRequest req) {
    String path = req.path();
    if ("GET".equals(req.method()) && ("/v2/oauth/chooselocation".equals(path) || "/oauth/chooselocation".equals(path))) {
      return consent(req);
    }
    if ("/oauth/token".equals(path)) {
      return "POST".equals(req.method()) ? token(req) : ghl.notFound(req);
    }
    if ("/oauth/locationToken".equals(path)) {
      return "POST".equals(req.method()) ? agencyCall(req, "oauth.write", this::locationToken) : ghl.notFound(req);
    }
    if ("/oauth/installedLocations".equals(path)) {
      return "GET".equals(req.method()) ? agencyCall(req, "oauth.readonly", this::installedLocations) : ghl.notFound(req);
    }
    if ("/oauth/reconnect".equals(path)) {
      return ghl.error(400, "API endpoint has been removed", "Bad Request");
    }
    return null;
  }

  // ------------------------------------------------------------------ consent

  private static HttpResponse page(int status, String title, String text) {
    String html = "<!doctype html><html><head><title>" + title + "</title></head><body><h1>" + title
        + "</h1><p>" + text + "</p></body></html>";
    return HttpResponse.text(status, "text/html; charset=utf-8", html);
  }

  private HttpResponse consent(HttpRequest req) {
    String clientId = req.queryParam("client_id").orElse("");
    if (!ghl.seed.app().clientId().equals(clientId)) {
      return page(400, "Error", "No integration found with the ID " + escape(clientId));
    }
    if (!"code".equals(req.queryParam("response_type").orElse(""))) {
      return page(400, "Error", "response_type must be code");
    }
    String redirect = req.queryParam("redirect_uri").orElse(ghl.seed.app().redirectUri());
    if (!(redirect.startsWith("http://") || redirect.startsWith("https://"))) {
      return page(400, "Error", "redirect_uri must be an absolute http(s) URL");
    }
    Set<String> scopes = new LinkedHashSet<>();
    String scopeParam = req.queryParam("scope").orElse("");
    if (scopeParam.isBlank()) {
      scopes.addAll(GhlService.SOCIAL_PLANNER_SCOPES);
    } else {
      for (String s : scopeParam.trim().split("[\\s+]+")) {
        if (!KNOWN_SCOPES.contains(s)) {
          return page(400, "Error", "This integration cannot be added, please contact the developer!");
        }
        scopes.add(s);
      }
    }
    String locationId = consentLocationId;
    boolean company = consentCompany || locationId == null;
    Instant now = ghl.clock.instant();
    List<String> approved = new ArrayList<>();
    synchronized (ghl.lock) {
      if (company) {
        for (GhlService.LocationState l : ghl.locations.values()) {
          if (l.installed) {
            approved.add(l.id);
          }
        }
      } else {
        GhlService.LocationState l = ghl.locations.get(locationId);
        l.installed = true;
        l.installedAt = now;
      }
    }
    String code = ghl.ids.hex(40);
    ghl.codes.put(code, new GhlTokens.Code(code, clientId, req.queryParam("redirect_uri").orElse(null),
        company ? "Company" : "Location", ghl.seed.company().id(), company ? null : locationId, scopes, approved,
        now.plus(ghl.settings.codeLifetime())));
    ghl.count("consents");
    StringBuilder location = new StringBuilder(redirect).append(redirect.contains("?") ? '&' : '?')
        .append("code=").append(code);
    req.queryParam("state").filter(s -> echoState).ifPresent(s -> location.append("&state=").append(Forms.encode(s)));
    return page(302, "Redirecting", "Redirecting to your application").header("Location", location.toString());
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The Java shortcut of the consent page: a fresh code for a location install (or company when null). */
  public String issueCode(String locationId, Set<String> scopes) {
    Instant now = ghl.clock.instant();
    List<String> approved = new ArrayList<>();
    synchronized (ghl.lock) {
      if (locationId == null) {
        ghl.locations.values().stream().filter(l -> l.installed).forEach(l -> approved.add(l.id));
      } else {
        GhlService.LocationState l = ghl.location(locationId);
        l.installed = true;
      }
    }
    String code = ghl.ids.hex(40);
    ghl.codes.put(code, new GhlTokens.Code(code, ghl.seed.app().clientId(), null,
        locationId == null ? "Company" : "Location", ghl.seed.company().id(), locationId, scopes, approved,
        now.plus(ghl.settings.codeLifetime())));
    return code;
  }

  // ------------------------------------------------------------------ /oauth/token

  private HttpResponse unprocessable(String... messages) {
    return ghl.error(422, Arrays.asList(messages), "Unprocessable Entity");
  }

  /**
   * {@code user_type} is "the type of token to be requested" (apps/oauth.json,
   * components.schemas.GetAccessCodebodyDto). The class of a token follows the consent (or the
   * refresh token's class), so a request for the other class cannot be honoured; it is refused as
   * an invalid parameter in the shape the v3 spec gives for /oauth/token 400s ("Invalid parameter:
   * ..."), before the code or refresh token is spent. Absent means "the consent's class".
   */
  private HttpResponse userTypeMismatch(Map<String, List<String>> form, String granted) {
    String requested = GhlService.first(form, "user_type");
    if (requested == null || requested.isEmpty() || requested.equals(granted)) {
      return null;
    }
    ghl.count("userTypeMismatches");
    return ghl.error(400, "Invalid parameter: user_type", "Bad Request");
  }

  private HttpResponse invalidGrant(String what) {
    ghl.count("invalidGrants");
    return ghl.error(400, "Invalid grant: " + what + " is invalid", "Bad Request");
  }

  private HttpResponse token(HttpRequest req) {
    ghl.count("tokenRequests");
    Map<String, List<String>> form = req.isFormEncoded() ? req.form() : Map.of();
    String grantType = GhlService.first(form, "grant_type");
    String clientId = GhlService.first(form, "client_id");
    String clientSecret = GhlService.first(form, "client_secret");
    List<String> problems = new ArrayList<>();
    if (grantType == null || grantType.isEmpty()) {
      problems.add("grant_type must be a valid enum value");
      problems.add("grant_type should not be empty");
    } else if (!Set.of("authorization_code", "refresh_token", "client_credentials").contains(grantType)) {
      problems.add("grant_type must be a valid enum value");
    }
    if (clientId == null || clientId.isEmpty()) {
      problems.add("client_id should not be empty");
    }
    if (clientSecret == null || clientSecret.isEmpty()) {
      problems.add("client_secret should not be empty");
    }
    String userType = GhlService.first(form, "user_type");
    if (userType != null && !userType.isEmpty() && !Set.of("Company", "Location").contains(userType)) {
      problems.add("user_type must be a valid enum value");
    }
    if (!problems.isEmpty()) {
      return ghl.error(422, problems, "Unprocessable Entity");
    }
    if (!ghl.seed.app().clientId().equals(clientId) || !ghl.seed.app().clientSecret().equals(clientSecret)) {
      return ghl.error(401, "Invalid client credentials", "Unauthorized");
    }
    switch (grantType) {
      case "authorization_code":
        return exchangeCode(form);
      case "refresh_token":
        return refresh(form);
      default:
        return ghl.error(400, "Invalid parameter: grant_type", "Bad Request");
    }
  }

  private HttpResponse exchangeCode(Map<String, List<String>> form) {
    String code = GhlService.first(form, "code");
    if (code == null || code.isEmpty()) {
      return unprocessable("code should not be empty");
    }
    Instant now = ghl.clock.instant();
    synchronized (ghl.lock) {
      GhlTokens.Code c = ghl.codes.get(code);
      if (c == null || c.used || !now.isBefore(c.expiresAt)) {
        return invalidGrant("authorization code");
      }
      String redirect = GhlService.first(form, "redirect_uri");
      if (c.redirectUri != null && redirect != null && !redirect.equals(c.redirectUri)) {
        return invalidGrant("redirect uri");
      }
      HttpResponse wrongType = userTypeMismatch(form, c.userType);
      if (wrongType != null) {
        return wrongType;
      }
      c.used = true;
      ghl.count("tokenExchanges");
      return HttpResponse.json(200, mint(c.userType, c.companyId, c.locationId, c.scopes, c.approvedLocations,
          ghl.seed.company().userId(), now));
    }
  }

  private HttpResponse refresh(Map<String, List<String>> form) {
    String value = GhlService.first(form, "refresh_token");
    if (value == null || value.isEmpty()) {
      return unprocessable("refresh_token should not be empty");
    }
    Instant now = ghl.clock.instant();
    synchronized (ghl.lock) {
      GhlTokens.Refresh r = ghl.refreshTokens.get(value);
      if (r == null || r.used || !now.isBefore(r.expiresAt) || !r.clientId.equals(ghl.seed.app().clientId())) {
        return invalidGrant("refresh token");
      }
      if (r.locationId != null) {
        GhlService.LocationState l = ghl.locations.get(r.locationId);
        if (l == null || !l.installed) {
          return invalidGrant("refresh token");
        }
        if (!l.active) {
          ghl.count("locationNotActive");
          return ghl.error(400, "Location is not active", "Bad Request");
        }
      }
      HttpResponse wrongType = userTypeMismatch(form, r.userType);
      if (wrongType != null) {
        return wrongType;
      }
      r.used = true;
      ghl.count("refreshes");
      List<String> approved = r.approvedLocations;
      if ("Company".equals(r.userType)) {
        approved = new ArrayList<>();
        for (GhlService.LocationState l : ghl.locations.values()) {
          if (l.installed) {
            approved.add(l.id);
          }
        }
      }
      return HttpResponse.json(200, mint(r.userType, r.companyId, r.locationId, r.scopes, approved, r.userId, now));
    }
  }

  /** Mints an access + refresh pair and returns the v2 token response body. Caller holds the lock. */
  Map<String, Object> mint(String userType, String companyId, String locationId, Set<String> scopes,
      List<String> approved, String userId, Instant now) {
    boolean company = "Company".equals(userType);
    String clientId = ghl.seed.app().clientId();
    String access = jwt(company ? "Company" : "Location", company ? companyId : locationId, scopes, now,
        now.plusSeconds(ACCESS_TOKEN_SECONDS));
    String refreshId = ghl.ids.objectId(now);
    String refresh = jwt(company ? "Company" : "Location", company ? companyId : locationId, scopes, now,
        now.plus(REFRESH_LIFETIME));
    ghl.accessTokens.put(access, new GhlTokens.Access(access,
        company ? GhlTokens.Kind.COMPANY_OAUTH : GhlTokens.Kind.LOCATION_OAUTH, clientId, companyId,
        company ? null : locationId, scopes, userId, now.plusSeconds(ACCESS_TOKEN_SECONDS)));
    ghl.refreshTokens.put(refresh, new GhlTokens.Refresh(refresh, refreshId, clientId, userType, companyId,
        company ? null : locationId, scopes, userId, approved, now.plus(REFRESH_LIFETIME)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", access);
    body.put("token_type", "Bearer");
    body.put("expires_in", ACCESS_TOKEN_SECONDS);
    body.put("refresh_token", refresh);
    body.put("scope", String.join(" ", scopes));
    body.put("refreshTokenId", refreshId);
    body.put("userType", userType);
    body.put("companyId", companyId);
    if (company) {
      body.put("approvedLocations", approved);
      body.put("installToFutureLocations", false);
      body.put("approveAllLocations", true);
    } else {
      body.put("locationId", locationId);
    }
    body.put("isBulkInstallation", false);
    body.put("userId", userId);
    return body;
  }

  private String jwt(String authClass, String authClassId, Set<String> scopes, Instant iat, Instant exp) {
    Map<String, Object> header = Json.obj("alg", "RS256", "typ", "JWT");
    Map<String, Object> payload = Json.obj(
        "authClass", authClass,
        "authClassId", authClassId,
        "source", "INTEGRATION",
        "sourceId", ghl.seed.app().clientId(),
        "channel", "OAUTH",
        "primaryAuthClassId", authClassId,
        "oauthMeta", Json.obj("scopes", List.copyOf(scopes), "client", ghl.seed.app().appId(),
            "versionId", ghl.seed.app().versionId()),
        "iat", iat.getEpochSecond(),
        "exp", exp.getEpochSecond(),
        "jti", ghl.ids.uuid().toString());
    return Ids.b64url(Json.string(header).getBytes(StandardCharsets.UTF_8)) + "."
        + Ids.b64url(Json.string(payload).getBytes(StandardCharsets.UTF_8)) + "." + Ids.b64url(ghl.ids.bytes(64));
  }

  // ------------------------------------------------------------------ agency calls

  /** Agency-only call: Version, Company token (or agency PIT) with the scope; rate-limited per company. */
  private HttpResponse agencyCall(HttpRequest req, String scope,
      java.util.function.BiFunction<HttpRequest, GhlTokens.Access, HttpResponse> body) {
    HttpResponse problem = ghl.checkVersion(req);
    if (problem != null) {
      return ghl.withLimitHeaders(problem, ghl.limiter.peekFull());
    }
    Object b = ghl.bearer(req);
    if (b instanceof HttpResponse) {
      return ghl.withLimitHeaders((HttpResponse) b, ghl.limiter.peekFull());
    }
    GhlTokens.Access token = (GhlTokens.Access) b;
    if (token.kind == GhlTokens.Kind.LOCATION_OAUTH || token.kind == GhlTokens.Kind.LOCATION_PIT) {
      return ghl.withLimitHeaders(ghl.error(401,
          "This authClass type is not allowed to access this scope. Please verify your IAM configuration if this is not the case.",
          "Unauthorized"), ghl.limiter.peekFull());
    }
    if (!token.scopes.contains(scope)) {
      return ghl.withLimitHeaders(ghl.error(401, "The token is not authorized for this scope.", "Unauthorized"),
          ghl.limiter.peekFull());
    }
    RateLimiter.Decision d = ghl.limiter.acquire(token.client + "|" + token.companyId, ghl.clock.instant());
    if (!d.allowed()) {
      ghl.count("rateLimited");
      HttpResponse r = ghl.error(429, "Too Many Requests", "Too Many Requests");
      if (ghl.settings.retryAfterOn429()) {
        r.header("Retry-After", Long.toString(Math.max(1, (d.retryAfterMillis() + 999) / 1000)));
      }
      return ghl.withLimitHeaders(r, d);
    }
    return ghl.withLimitHeaders(body.apply(req, token), d);
  }

  private HttpResponse locationToken(HttpRequest req, GhlTokens.Access company) {
    Map<String, List<String>> form = req.isFormEncoded() ? req.form() : Map.of();
    String companyId = GhlService.first(form, "companyId");
    String locationId = GhlService.first(form, "locationId");
    List<String> problems = new ArrayList<>();
    if (companyId == null || companyId.isEmpty()) {
      problems.add("companyId should not be empty");
    }
    if (locationId == null || locationId.isEmpty()) {
      problems.add("locationId should not be empty");
    }
    if (!problems.isEmpty()) {
      return ghl.error(422, problems, "Unprocessable Entity");
    }
    if (!companyId.equals(company.companyId)) {
      return ghl.error(403, "The token does not have access to this company.", "Forbidden");
    }
    Instant now = ghl.clock.instant();
    synchronized (ghl.lock) {
      GhlService.LocationState l = ghl.locations.get(locationId);
      if (l == null || !l.companyId.equals(companyId)) {
        return ghl.error(400, "Location not found for this company", "Bad Request");
      }
      if (!l.installed) {
        return ghl.error(400, "App is not installed on this location", "Bad Request");
      }
      if (!l.active) {
        return ghl.error(400, "Location is not active", "Bad Request");
      }
      Set<String> scopes = new LinkedHashSet<>(company.scopes);
      Map<String, Object> minted = mint("Location", companyId, locationId, scopes, List.of(), company.userId, now);
      ghl.count("locationTokens");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("access_token", minted.get("access_token"));
      body.put("token_type", "Bearer");
      body.put("expires_in", ACCESS_TOKEN_SECONDS);
      body.put("refresh_token", minted.get("refresh_token"));
      body.put("scope", minted.get("scope"));
      body.put("locationId", locationId);
      body.put("userId", company.userId);
      body.put("appId", ghl.seed.app().appId());
      body.put("versionId", ghl.seed.app().versionId());
      body.put("userType", "Location");
      body.put("companyId", companyId);
      return HttpResponse.json(ghl.settings.locationTokenStatus(), body);
    }
  }

  private HttpResponse installedLocations(HttpRequest req, GhlTokens.Access company) {
    List<String> problems = new ArrayList<>();
    String companyId = req.queryParam("companyId").orElse("");
    String appId = req.queryParam("appId").orElse("");
    if (companyId.isEmpty()) {
      problems.add("companyId should not be empty");
    }
    if (appId.isEmpty()) {
      problems.add("appId should not be empty");
    }
    int skip = 0;
    int limit = 20;
    try {
      skip = Integer.parseInt(req.queryParam("skip").orElse("0"));
      limit = Integer.parseInt(req.queryParam("limit").orElse("20"));
    } catch (NumberFormatException e) {
      problems.add("skip and limit must be number strings");
    }
    if (!problems.isEmpty()) {
      return ghl.error(422, problems, "Unprocessable Entity");
    }
    if (!companyId.equals(company.companyId)) {
      return ghl.error(403, "The token does not have access to this company.", "Forbidden");
    }
    if (!appId.equals(ghl.seed.app().appId())) {
      return ghl.error(400, "App not found", "Bad Request");
    }
    Optional<String> installedFilter = req.queryParam("isInstalled");
    String query = req.queryParam("query").orElse("").toLowerCase(Locale.ROOT);
    String onlyLocation = req.queryParam("locationId").orElse("");
    List<Map<String, Object>> all = new ArrayList<>();
    int total;
    synchronized (ghl.lock) {
      total = ghl.locations.size();
      for (GhlService.LocationState l : ghl.locations.values()) {
        if (installedFilter.isPresent() && Boolean.parseBoolean(installedFilter.get()) != l.installed) {
          continue;
        }
        if (!query.isEmpty() && !l.name.toLowerCase(Locale.ROOT).contains(query)) {
          continue;
        }
        if (!onlyLocation.isEmpty() && !onlyLocation.equals(l.id)) {
          continue;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("_id", l.id);
        row.put("name", l.name);
        row.put("address", addressOf(l));
        row.put("isInstalled", l.installed);
        if (l.installed) {
          row.put("versionId", ghl.seed.app().versionId());
          row.put("installedAt", Iso.format(l.installedAt));
        }
        all.add(row);
      }
    }
    List<Map<String, Object>> page = all.subList(Math.min(skip, all.size()), Math.min(all.size(), skip + limit));
    return HttpResponse.json(200, Json.obj("locations", new ArrayList<>(page), "count", total,
        "installToFutureLocations", false));
  }

  private static String addressOf(GhlService.LocationState l) {
    int n = Math.abs(l.id.hashCode() % 900) + 100;
    return n + " Main Street";
  }

  // ------------------------------------------------------------------ Java API for tests

  /** Expires every OAuth access token now (refresh tokens stay valid). Returns how many. */
  public int expireAllAccessTokens() {
    Instant now = ghl.clock.instant();
    int n = 0;
    synchronized (ghl.lock) {
      for (GhlTokens.Access a : ghl.accessTokens.values()) {
        if (!a.kind.isPit() && (a.expiresAt == null || a.expiresAt.isAfter(now))) {
          a.expiresAt = now;
          n++;
        }
      }
    }
    return n;
  }

  /** Expires one access token now. */
  public void expireAccessToken(String token) {
    synchronized (ghl.lock) {
      GhlTokens.Access a = ghl.accessTokens.get(token);
      if (a == null) {
        throw new IllegalArgumentException("unknown access token");
      }
      a.expiresAt = ghl.clock.instant();
    }
  }

  /** Invalidates every refresh token (as if used or revoked). */
  public void revokeAllRefreshTokens() {
    synchronized (ghl.lock) {
      ghl.refreshTokens.values().forEach(r -> r.used = true);
    }
  }

  /** Uninstalls the app from a location: its OAuth tokens stop working and refreshes fail. */
  public void uninstall(String locationId) {
    synchronized (ghl.lock) {
      GhlService.LocationState l = ghl.location(locationId);
      l.installed = false;
      for (GhlTokens.Access a : ghl.accessTokens.values()) {
        if (locationId.equals(a.locationId) && !a.kind.isPit()) {
          a.revoked = true;
        }
      }
      for (GhlTokens.Refresh r : ghl.refreshTokens.values()) {
        if (locationId.equals(r.locationId)) {
          r.used = true;
        }
      }
    }
    ghl.count("uninstalls");
  }

  /** (Re)installs the app on a location. */
  public void install(String locationId) {
    synchronized (ghl.lock) {
      GhlService.LocationState l = ghl.location(locationId);
      l.installed = true;
      l.installedAt = ghl.clock.instant();
    }
  }

  public void setLocationActive(String locationId, boolean active) {
    synchronized (ghl.lock) {
      ghl.location(locationId).active = active;
    }
  }

  /** Rotates a location's PIT: the old one keeps working for {@code overlap} (zero = expire now). */
  public String rotatePit(String locationId, Duration overlap) {
    Instant now = ghl.clock.instant();
    synchronized (ghl.lock) {
      GhlService.LocationState l = ghl.location(locationId);
      GhlTokens.Access old = l.pit == null ? null : ghl.accessTokens.get(l.pit);
      if (old != null) {
        if (overlap.isZero() || overlap.isNegative()) {
          old.revoked = true;
        } else {
          old.expiresAt = now.plus(overlap);
        }
      }
      String fresh = "pit-" + ghl.ids.uuid();
      ghl.accessTokens.put(fresh, ghl.pitToken(fresh, GhlTokens.Kind.LOCATION_PIT, locationId, null));
      l.pit = fresh;
      return fresh;
    }
  }

  /** Revokes a PIT now ("Expire Now"). */
  public void revokePit(String token) {
    synchronized (ghl.lock) {
      GhlTokens.Access a = ghl.accessTokens.get(token);
      if (a == null || !a.kind.isPit()) {
        throw new IllegalArgumentException("not a Private Integration Token");
      }
      a.revoked = true;
    }
  }

  /** A new PIT with exactly these scopes (for scope tests); null location = an agency PIT. */
  public String createPit(String locationId, Set<String> scopes) {
    synchronized (ghl.lock) {
      if (locationId != null) {
        ghl.location(locationId);
      }
      String value = "pit-" + ghl.ids.uuid();
      ghl.accessTokens.put(value, ghl.pitToken(value,
          locationId == null ? GhlTokens.Kind.AGENCY_PIT : GhlTokens.Kind.LOCATION_PIT, locationId, scopes));
      return value;
    }
  }

  /** Mints a token pair directly (no HTTP): Location when locationId is set, Company otherwise. */
  public Map<String, Object> mintDirect(String locationId, Set<String> scopes) {
    Instant now = ghl.clock.instant();
    synchronized (ghl.lock) {
      List<String> approved = new ArrayList<>();
      if (locationId == null) {
        ghl.locations.values().stream().filter(l -> l.installed).forEach(l -> approved.add(l.id));
      } else {
        ghl.location(locationId).installed = true;
      }
      return mint(locationId == null ? "Company" : "Location", ghl.seed.company().id(), locationId, scopes,
          approved, ghl.seed.company().userId(), now);
    }
  }
}
