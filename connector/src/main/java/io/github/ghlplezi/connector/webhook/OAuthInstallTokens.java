package io.github.ghlplezi.connector.webhook;

import io.github.ghlplezi.connector.auth.JdbcReauthorizations;
import io.github.ghlplezi.ghl.model.UserType;
import io.github.ghlplezi.ghl.webhook.AppInstallEvent;
import io.github.ghlplezi.sync.token.LocationTokenMinter;
import io.github.ghlplezi.sync.token.ManagedTokenSource;
import io.github.ghlplezi.sync.token.StoredToken;
import io.github.ghlplezi.sync.token.TokenGrant;
import io.github.ghlplezi.sync.token.TokenStore;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth app installs. For an agency install, the location's token is minted from the agency token
 * and stored under the location id (a reinstall gets a fresh one and clears a pending
 * re-authorization); for a location install, the token arrives with its authorization code, not
 * with the webhook. An uninstall deletes the location's token row.
 */
public final class OAuthInstallTokens implements InstallTokens {

  private static final Logger LOG = LoggerFactory.getLogger(OAuthInstallTokens.class);

  private final ManagedTokenSource tokens;
  private final TokenStore store;
  private final LocationTokenMinter minter;
  private final String agencyCompanyId;
  private final JdbcReauthorizations reauthorizations;
  private final Clock clock;

  /**
   * @param tokens the token source every client uses (a stored token replaces its cached state)
   * @param store where tokens live (shared by every replica)
   * @param minter mints a location token from the agency's; {@code null} for location installs
   * @param agencyCompanyId the agency whose token mints; {@code null} for location installs
   * @param reauthorizations cleared for a location that gets a new token or leaves
   * @param clock stamps the stored token
   */
  public OAuthInstallTokens(ManagedTokenSource tokens, TokenStore store, LocationTokenMinter minter,
      String agencyCompanyId, JdbcReauthorizations reauthorizations, Clock clock) {
    this.tokens = tokens;
    this.store = store;
    this.minter = minter;
    this.agencyCompanyId = agencyCompanyId;
    this.reauthorizations = reauthorizations;
    this.clock = clock;
  }

  @Override
  public void installed(AppInstallEvent event) {
    String locationId = event.locationId().orElseThrow();
    if (minter == null) {
      LOG.info("location {} installed the app; its token arrives with its authorization code", locationId);
      return;
    }
    String companyId = event.companyId().orElse(agencyCompanyId);
    if (!agencyCompanyId.equals(companyId)) {
      LOG.warn("location {} was installed by another agency; no token is minted for it", locationId);
      return;
    }
    TokenGrant grant = minter.mint(tokens.accessToken(agencyCompanyId), agencyCompanyId, locationId);
    Instant now = clock.instant();
    tokens.install(new StoredToken(locationId, UserType.LOCATION, grant.accessToken(),
        grant.expiresIn() == null ? null : now.plus(grant.expiresIn()), grant.refreshToken(), grant.scopes(), 0, now));
    reauthorizations.clear(locationId);
  }

  @Override
  public void uninstalled(String locationId) {
    store.delete(locationId);
    reauthorizations.clear(locationId);
  }
}
