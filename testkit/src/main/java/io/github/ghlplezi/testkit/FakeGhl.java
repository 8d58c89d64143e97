package io.github.ghlplezi.testkit;

import io.github.ghlplezi.testkit.internal.FakeServer;
import io.github.ghlplezi.testkit.internal.GhlService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Handle on the fake HighLevel API ({@code services.leadconnectorhq.com}) and its consent page.
 * Obtained from {@link Sandbox#ghl()}.
 */
public final class FakeGhl {
  private final GhlService service;
  private final FakeServer server;
  private final Faults faults;
  private final GhlWebhooks webhooks;

  FakeGhl(GhlService service, FakeServer server, Faults faults, TestClock clock, long seed) {
    this.service = service;
    this.server = server;
    this.faults = faults;
    this.webhooks = new GhlWebhooks(service, clock, this, seed);
  }

  /**
   * The webhook sender (INSTALL, UNINSTALL and other events, signed with test keys).
   *
   * @return the sender of this fake's webhooks
   */
  public GhlWebhooks webhooks() {
    return webhooks;
  }

  GhlService service() {
    return service;
  }

  /**
   * The API root, {@code http://127.0.0.1:<port>/}, standing for {@code https://services.leadconnectorhq.com/}.
   *
   * @return the base URL to configure a HighLevel client with
   */
  public String baseUrl() {
    return server.rootUrl();
  }

  /**
   * The port the fake listens on (loopback).
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  /**
   * The seeded locations, in seed order.
   *
   * @return the locations (id and name)
   */
  public List<SeededLocation> locations() {
    List<SeededLocation> out = new ArrayList<>();
    for (GhlService.LocationState l : service.locationStates()) {
      out.add(new SeededLocation(l.id, l.name));
    }
    return List.copyOf(out);
  }

  /**
   * Adds an installed sub-account beyond the seeded ones (no tags, no social accounts) with its own
   * Private Integration Token, for tests that need many locations.
   *
   * @param name the location's name
   * @return the new location
   */
  public SeededLocation addLocation(String name) {
    GhlService.LocationState l = service.addLocation(name);
    return new SeededLocation(l.id, l.name);
  }

  /**
   * The agency (company) that owns every seeded location.
   *
   * @return the company id
   */
  public String companyId() {
    return service.seedData().company().id();
  }

  /**
   * The current sub-account Private Integration Token of a location (Social Planner scopes).
   *
   * @param locationId a location id
   * @return the token
   */
  public String privateIntegrationToken(String locationId) {
    return service.currentPit(locationId);
  }

  /**
   * Names of the location's non-deleted Social Planner tags, in creation order.
   *
   * @param locationId a location id
   * @return the tag names
   */
  public List<String> activeTagNames(String locationId) {
    return service.activeTagNames(locationId);
  }

  /**
   * Creates a tag (as a user would in the Social Planner UI) and returns its 24-hex id.
   *
   * @param locationId a location id
   * @param name the tag name
   * @return the new tag's id
   */
  public String addTag(String locationId, String name) {
    return service.addTag(locationId, name);
  }

  /**
   * Renames a tag; its {@code updatedAt} moves to the clock's now.
   *
   * @param locationId a location id
   * @param tagId the tag's id
   * @param name the new name
   */
  public void renameTag(String locationId, String tagId, String name) {
    service.renameTag(locationId, tagId, name);
  }

  /**
   * Eventual consistency: a tag created less than {@code delay} ago (sandbox clock) is not yet
   * listed by {@code GET …/tags}; default zero.
   *
   * @param delay the delay; zero or positive
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public void setNewTagVisibilityDelay(java.time.Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    service.setNewTagVisibilityDelay(delay);
  }

  /**
   * Soft-deletes a tag: it disappears from listings, {@code deleted} becomes true.
   *
   * @param locationId a location id
   * @param tagId the tag's id
   */
  public void deleteTag(String locationId, String tagId) {
    service.deleteTag(locationId, tagId);
  }

  /**
   * Fixes a daily statistics metric of one profile for {@code days} days from {@code firstDay}
   * (UTC), overriding the seeded values. Metrics: {@code posts}, {@code impressions}, {@code reach},
   * {@code likes}, {@code comments}, {@code shares}, {@code followers}.
   *
   * @param profileId the social profile id
   * @param firstDay the first day (UTC)
   * @param days how many consecutive days
   * @param metric one of the metric names above
   * @param value the value each day
   * @throws IllegalArgumentException for an unknown metric
   */
  public void setDailyMetric(String profileId, java.time.LocalDate firstDay, int days, String metric, long value) {
    setDailyMetric(profileId, firstDay, days, metric, java.math.BigDecimal.valueOf(value));
  }

  /**
   * Fixes a daily statistics metric to a decimal value (for example {@code -73.53}); otherwise as
   * {@link #setDailyMetric(String, java.time.LocalDate, int, String, long)}. Sums keep every decimal.
   *
   * @param profileId the social profile id
   * @param firstDay the first day (UTC)
   * @param days how many consecutive days
   * @param metric one of {@code posts}, {@code impressions}, {@code reach}, {@code likes},
   *     {@code comments}, {@code shares}, {@code followers}
   * @param value the value each day
   * @throws IllegalArgumentException for an unknown metric
   */
  public void setDailyMetric(String profileId, java.time.LocalDate firstDay, int days, String metric,
      java.math.BigDecimal value) {
    if (!java.util.Set.of("posts", "impressions", "reach", "likes", "comments", "shares", "followers").contains(metric)) {
      throw new IllegalArgumentException("unknown metric: " + metric);
    }
    java.util.Objects.requireNonNull(value, "value");
    for (int d = 0; d < days; d++) {
      service.setMetric(profileId, firstDay.plusDays(d), metric, value);
    }
  }

  /**
   * Serves every statistics value (daily series, totals, per-platform values) as a numeric string,
   * such as {@code "-73.53"} or {@code "120"}, the way HighLevel sometimes does; off by default. The
   * {@code change} fields follow {@code statisticsChangeAsString} instead. Outside the spec, like that
   * switch: clients must read both forms.
   *
   * @param asString whether values are served as strings
   */
  public void serveStatisticsValuesAsStrings(boolean asString) {
    service.setStatisticsValuesAsString(asString);
  }

  // ------------------------------------------------------------------ OAuth app and consent

  /**
   * The OAuth client id of the seeded marketplace app ({@code <appId>-<suffix>}).
   *
   * @return the client id
   */
  public String oauthClientId() {
    return service.seedData().app().clientId();
  }

  /**
   * The OAuth client secret of the seeded app.
   *
   * @return the client secret
   */
  public String oauthClientSecret() {
    return service.seedData().app().clientSecret();
  }

  /**
   * The app id (the part of the client id before the first '-').
   *
   * @return the app id
   */
  public String appId() {
    return service.seedData().app().appId();
  }

  /**
   * The app's version id (as in {@code /oauth/installedLocations}).
   *
   * @return the version id
   */
  public String appVersionId() {
    return service.seedData().app().versionId();
  }

  /**
   * The consent page root, standing for {@code https://marketplace.gohighlevel.com/}; the page is at
   * {@code v2/oauth/chooselocation} (and the legacy {@code oauth/chooselocation}).
   *
   * @return the consent root URL
   */
  public String consentBaseUrl() {
    return server.rootUrl();
  }

  /**
   * A consent URL for the seeded app, as an SDK would build it.
   *
   * @param redirectUri where the consent page redirects with the code
   * @param scopes the requested scopes
   * @return the consent URL
   */
  public String consentUrl(String redirectUri, List<String> scopes) {
    return consentBaseUrl() + "v2/oauth/chooselocation?response_type=code&client_id="
        + java.net.URLEncoder.encode(oauthClientId(), java.nio.charset.StandardCharsets.UTF_8)
        + "&redirect_uri=" + java.net.URLEncoder.encode(redirectUri, java.nio.charset.StandardCharsets.UTF_8)
        + "&scope=" + java.net.URLEncoder.encode(String.join(" ", scopes), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Makes the consent page approve an install on this location (the default is the first location).
   *
   * @param locationId the location the next consent installs on
   */
  public void approveConsentForLocation(String locationId) {
    service.oauth().approveConsentFor(java.util.Objects.requireNonNull(locationId, "locationId"), false);
  }

  /** Makes the consent page approve an agency-level install (a Company token; every installed location approved). */
  public void approveConsentForCompany() {
    service.oauth().approveConsentFor(null, true);
  }

  /**
   * Whether the consent redirect echoes {@code state} (undocumented); default true.
   *
   * @param echo whether {@code state} is echoed
   */
  public void echoConsentState(boolean echo) {
    service.oauth().echoState(echo);
  }

  /**
   * A fresh authorization code for a Location install, as the consent redirect would carry it.
   *
   * @param locationId the location being installed
   * @return a single-use code
   */
  public String authorizationCode(String locationId) {
    return service.oauth().issueCode(java.util.Objects.requireNonNull(locationId, "locationId"),
        new java.util.LinkedHashSet<>(GhlService.SOCIAL_PLANNER_SCOPES));
  }

  /**
   * A fresh authorization code for an agency install (exchanges into a Company token).
   *
   * @return a single-use code
   */
  public String companyAuthorizationCode() {
    java.util.Set<String> scopes = new java.util.LinkedHashSet<>(GhlService.SOCIAL_PLANNER_SCOPES);
    scopes.add("oauth.readonly");
    scopes.add("oauth.write");
    scopes.add("locations.readonly");
    return service.oauth().issueCode(null, scopes);
  }

  /**
   * Issues a Location token pair without the HTTP dance (Social Planner scopes).
   *
   * @param locationId the location
   * @return the access and refresh tokens
   */
  public SandboxTokens issueLocationTokens(String locationId) {
    return toTokens(service.oauth().mintDirect(java.util.Objects.requireNonNull(locationId, "locationId"),
        new java.util.LinkedHashSet<>(GhlService.SOCIAL_PLANNER_SCOPES)));
  }

  /**
   * Issues a Company (agency) token pair with {@code oauth.readonly}/{@code oauth.write}.
   *
   * @return the access and refresh tokens
   */
  public SandboxTokens issueCompanyTokens() {
    java.util.Set<String> scopes = new java.util.LinkedHashSet<>(GhlService.SOCIAL_PLANNER_SCOPES);
    scopes.add("oauth.readonly");
    scopes.add("oauth.write");
    scopes.add("locations.readonly");
    return toTokens(service.oauth().mintDirect(null, scopes));
  }

  private static SandboxTokens toTokens(Map<String, Object> body) {
    return new SandboxTokens((String) body.get("access_token"), (String) body.get("refresh_token"),
        ((Number) body.get("expires_in")).longValue(), (String) body.get("userType"),
        (String) body.get("locationId"), (String) body.get("companyId"),
        List.of(((String) body.get("scope")).split(" ")));
  }

  // ------------------------------------------------------------------ token control

  /**
   * Expires every OAuth access token now (refresh tokens stay usable). Returns how many were live.
   *
   * @return the number of access tokens that were still live
   */
  public int expireAllAccessTokens() {
    return service.oauth().expireAllAccessTokens();
  }

  /**
   * Expires one OAuth access token now.
   *
   * @param accessToken the token to expire
   */
  public void expireAccessToken(String accessToken) {
    service.oauth().expireAccessToken(accessToken);
  }

  /** Makes every refresh token invalid (as after a lost rotation): the next refresh gets invalid_grant. */
  public void revokeAllRefreshTokens() {
    service.oauth().revokeAllRefreshTokens();
  }

  /**
   * Successful {@code refresh_token} grants so far.
   *
   * @return the count
   */
  public long refreshCount() {
    return service.counter("refreshes");
  }

  /**
   * {@code 400 Invalid grant} answers so far (reused, unknown or expired refresh tokens or codes).
   *
   * @return the count
   */
  public long invalidGrantCount() {
    return service.counter("invalidGrants");
  }

  /**
   * Successful {@code authorization_code} exchanges so far.
   *
   * @return the count
   */
  public long codeExchangeCount() {
    return service.counter("tokenExchanges");
  }

  /**
   * Pauses (false) or resumes (true) a location: refreshes answer 400 "Location is not active"
   * without consuming the refresh token, which works again once the location is active.
   *
   * @param locationId the location
   * @param active {@code false} to pause, {@code true} to resume
   */
  public void setLocationActive(String locationId, boolean active) {
    service.oauth().setLocationActive(locationId, active);
  }

  /**
   * Uninstalls the app from a location: its OAuth access tokens answer 401, its refreshes 400.
   *
   * @param locationId the location
   */
  public void uninstall(String locationId) {
    service.oauth().uninstall(locationId);
  }

  /**
   * Reinstalls the app on a location (new tokens come from a new consent).
   *
   * @param locationId the location
   */
  public void install(String locationId) {
    service.oauth().install(locationId);
  }

  // ------------------------------------------------------------------ Private Integration Tokens

  /**
   * Rotates a location's PIT ("rotate and expire later"): the old one works for the configured overlap (default 7 days).
   *
   * @param locationId the location
   * @return the new token
   */
  public String rotatePrivateIntegrationToken(String locationId) {
    return service.oauth().rotatePit(locationId, service.settingsPitOverlap());
  }

  /**
   * Rotates a location's PIT; the old one keeps working for {@code overlap} ({@link java.time.Duration#ZERO}: expires now).
   *
   * @param locationId the location
   * @param overlap how long the old token keeps working
   * @return the new token
   */
  public String rotatePrivateIntegrationToken(String locationId, java.time.Duration overlap) {
    return service.oauth().rotatePit(locationId, java.util.Objects.requireNonNull(overlap, "overlap"));
  }

  /**
   * Revokes a PIT now ("Expire Now").
   *
   * @param token the token to revoke
   */
  public void revokePrivateIntegrationToken(String token) {
    service.oauth().revokePit(token);
  }

  /**
   * A new sub-account PIT with exactly these scopes.
   *
   * @param locationId the location
   * @param scopes the token's scopes
   * @return the new token
   */
  public String createPrivateIntegrationToken(String locationId, java.util.Set<String> scopes) {
    return service.oauth().createPit(java.util.Objects.requireNonNull(locationId, "locationId"), scopes);
  }

  /**
   * A new agency-level PIT (wrong token class for Social Planner calls).
   *
   * @return the new token
   */
  public String createAgencyPrivateIntegrationToken() {
    return service.oauth().createPit(null, null);
  }

  // ------------------------------------------------------------------ rate limits

  /**
   * Changes the rate limits at run time (counters are kept).
   *
   * @param burstMax requests allowed per interval
   * @param interval the burst interval
   * @param dailyMax requests allowed per day
   */
  public void setRateLimits(int burstMax, java.time.Duration interval, int dailyMax) {
    service.limiter().configure(burstMax, interval.toMillis(), dailyMax);
  }

  /** Forgets every rate-limit bucket. */
  public void resetRateLimits() {
    service.limiter().reset();
  }

  /**
   * Fault rules applied to calls to this fake.
   *
   * @return the fault rules; add rules to make calls fail
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Counters of what the fake has seen, by name: {@code requests}, {@code resourceCalls},
   * {@code resourceCalls:<locationId>}, {@code rateLimited}, {@code rejectedTokens},
   * {@code tokenExchanges}, {@code refreshes}, {@code invalidGrants}, {@code locationTokens}.
   *
   * @return a snapshot of the counters
   */
  public Map<String, Long> counters() {
    return service.counters();
  }

  /**
   * One counter (0 when never incremented).
   *
   * @param name the counter's name (see {@link #counters()})
   * @return its value
   */
  public long counter(String name) {
    return service.counter(name);
  }
}
