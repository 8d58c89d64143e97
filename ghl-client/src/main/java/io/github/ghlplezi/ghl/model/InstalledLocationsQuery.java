package io.github.ghlplezi.ghl.model;

import io.github.ghlplezi.ghl.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query parameters of {@code GET /oauth/installedLocations}: {@code companyId} and {@code appId}
 * are required; paging is {@code skip}/{@code limit} (strings on the wire, HighLevel's default
 * limit is 20).
 */
@Value.Immutable
public interface InstalledLocationsQuery {

  /** The largest page size the client sends. */
  int MAX_LIMIT = 1000;

  /** @return the agency (company) id */
  String companyId();

  /** @return the app id (the part of the client id before the first {@code -}) */
  String appId();

  /** @return how many locations to skip */
  @Value.Default
  default int skip() {
    return 0;
  }

  /** @return the page size */
  @Value.Default
  default int limit() {
    return 20;
  }

  /** @return a name search */
  Optional<String> query();

  /** @return only locations where the app is (or is not) installed */
  Optional<Boolean> isInstalled();

  /** @return only this app version */
  Optional<String> versionId();

  /** @return only locations on trial (or not) */
  Optional<Boolean> onTrial();

  /** @return only this plan */
  Optional<String> planId();

  /** @return only this location */
  Optional<String> locationId();

  /** Checks ids and paging. */
  @Value.Check
  default void check() {
    Validate.id("companyId", companyId());
    Validate.id("appId", appId());
    versionId().ifPresent(v -> Validate.id("versionId", v));
    planId().ifPresent(v -> Validate.id("planId", v));
    locationId().ifPresent(v -> Validate.id("locationId", v));
    query().ifPresent(v -> Validate.text("query", v));
    Validate.offsetPage(limit(), skip(), MAX_LIMIT);
  }

  /** @return a builder for this type */
  static ImmutableInstalledLocationsQuery.Builder builder() {
    return ImmutableInstalledLocationsQuery.builder();
  }
}
