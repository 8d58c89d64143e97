package io.github.ghlplezi.connector.webhook;

import io.github.ghlplezi.ghl.webhook.AppInstallEvent;
import io.github.ghlplezi.sync.token.LocationTokenMinter;
import io.github.ghlplezi.sync.token.StoredToken;
import io.github.ghlplezi.sync.token.TokenGrant;
import io.github.ghlplezi.sync.token.TokenStore;
import io.github.ghlplezi.ghl.model.UserType;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * OAuth app installs: an install by an agency gets the location's token minted from the agency's
 * token and stored under the location id; an uninstall deletes the location's token row.
 */
public final class OAuthInstallTokens implements InstallTokens {

  private final TokenStore store;
  private final LocationTokenMinter minter;
  private final Function<String, String> agencyAccessToken;
  private final Clock clock;

  /**
   * @param store where tokens live (shared by every replica)
   * @param minter mints a location token from the agency's
   * @param agencyAccessToken company id to the agency's current access token
   * @param clock stamps the stored token
   */
  public OAuthInstallTokens(TokenStore store, LocationTokenMinter minter, Function<String, String> agencyAccessToken,
      Clock clock) {
    this.store = store;
    this.minter = minter;
    this.agencyAccessToken = agencyAccessToken;
    this.clock = clock;
  }

  @Override
  public void installed(AppInstallEvent event) {
    String locationId = event.locationId().orElseThrow();
    String companyId = event.companyId().orElse(null);
    if (companyId == null || store.find(locationId).isPresent()) {
      return;
    }
    TokenGrant grant = minter.mint(agencyAccessToken.apply(companyId), companyId, locationId);
    Instant now = clock.instant();
    store.compareAndSet(0, new StoredToken(locationId, UserType.LOCATION, grant.accessToken(),
        now.plus(grant.expiresIn()), grant.refreshToken(), grant.scopes(), 1, now));
  }

  @Override
  public void uninstalled(String locationId) {
    store.delete(locationId);
  }
}
