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

  FakeGhl(GhlService service, FakeServer server, Faults faults) {
    this.service = service;
    this.server = server;
    this.faults = faults;
  }

  GhlService service() {
    return service;
  }

  /** The API root, {@code http://127.0.0.1:<port>/}, standing for {@code https://services.leadconnectorhq.com/}. */
  public String baseUrl() {
    return server.rootUrl();
  }

  /** The port the fake listens on (loopback). */
  public int port() {
    return server.port();
  }

  /** The seeded locations, in seed order. */
  public List<SeededLocation> locations() {
    List<SeededLocation> out = new ArrayList<>();
    for (GhlService.LocationState l : service.locationStates()) {
      out.add(new SeededLocation(l.id, l.name));
    }
    return List.copyOf(out);
  }

  /** The agency (company) that owns every seeded location. */
  public String companyId() {
    return service.seedData().company().id();
  }

  /** The current sub-account Private Integration Token of a location (Social Planner scopes). */
  public String privateIntegrationToken(String locationId) {
    return service.currentPit(locationId);
  }

  /** Names of the location's non-deleted Social Planner tags, in creation order. */
  public List<String> activeTagNames(String locationId) {
    return service.activeTagNames(locationId);
  }

  /** Creates a tag (as a user would in the Social Planner UI) and returns its 24-hex id. */
  public String addTag(String locationId, String name) {
    return service.addTag(locationId, name);
  }

  /** Renames a tag; its {@code updatedAt} moves to the clock's now. */
  public void renameTag(String locationId, String tagId, String name) {
    service.renameTag(locationId, tagId, name);
  }

  /** Soft-deletes a tag: it disappears from listings, {@code deleted} becomes true. */
  public void deleteTag(String locationId, String tagId) {
    service.deleteTag(locationId, tagId);
  }

  /**
   * Fixes a daily statistics metric of one profile for {@code days} days from {@code firstDay}
   * (UTC), overriding the seeded values. Metrics: {@code posts}, {@code impressions}, {@code reach},
   * {@code likes}, {@code comments}, {@code shares}, {@code followers}.
   */
  public void setDailyMetric(String profileId, java.time.LocalDate firstDay, int days, String metric, long value) {
    if (!java.util.Set.of("posts", "impressions", "reach", "likes", "comments", "shares", "followers").contains(metric)) {
      throw new IllegalArgumentException("unknown metric: " + metric);
    }
    for (int d = 0; d < days; d++) {
      service.setMetric(profileId, firstDay.plusDays(d), metric, value);
    }
  }

  /** Fault rules applied to calls to this fake. */
  public Faults faults() {
    return faults;
  }

  /**
   * Counters of what the fake has seen, by name: {@code requests}, {@code resourceCalls},
   * {@code resourceCalls:<locationId>}, {@code rateLimited}, {@code rejectedTokens},
   * {@code tokenExchanges}, {@code refreshes}, {@code invalidGrants}, {@code locationTokens}.
   */
  public Map<String, Long> counters() {
    return service.counters();
  }

  /** One counter (0 when never incremented). */
  public long counter(String name) {
    return service.counter(name);
  }
}
