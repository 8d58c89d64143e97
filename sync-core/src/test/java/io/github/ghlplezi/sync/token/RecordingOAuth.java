package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
import io.github.ghlplezi.ghl.auth.OAuthClient;

/**
 * The production adapter ({@link OAuthClientRefresher} over ghl-client's {@link OAuthClient}),
 * recording every token it obtains for the log-leak check.
 */
final class RecordingOAuth implements TokenRefresher, LocationTokenMinter {
  private final OAuthClientRefresher delegate;

  RecordingOAuth(String baseUrl, String clientId, String clientSecret) {
    IssuedTokens.record(clientSecret);
    this.delegate = new OAuthClientRefresher(OAuthClient.builder()
        .baseUrl(baseUrl).clientId(clientId).clientSecret(clientSecret).build());
  }

  @Override
  public TokenGrant refresh(String refreshToken, UserType userType) {
    return IssuedTokens.record(delegate.refresh(refreshToken, userType));
  }

  @Override
  public TokenGrant mint(String companyAccessToken, String companyId, String locationId) {
    return IssuedTokens.record(delegate.mint(companyAccessToken, companyId, locationId));
  }
}
