package io.github.ghlplezi.sync.token;

/**
 * Port: mints a location token from an agency token ({@code POST /oauth/locationToken}).
 * Same exception contract as {@link TokenRefresher}.
 */
@FunctionalInterface
public interface LocationTokenMinter {
  /**
   * Mints.
   *
   * @param companyAccessToken the agency (Company) access token
   * @param companyId the agency id
   * @param locationId the installed location
   * @return the location grant (its refresh token may be absent)
   */
  TokenGrant mint(String companyAccessToken, String companyId, String locationId);
}
