package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
/**
 * Port: exchanges a refresh token for a new grant ({@code POST /oauth/token},
 * {@code grant_type=refresh_token}). Implementations throw {@link InvalidGrantException} or
 * {@link LocationInactiveException} for HighLevel's permanent verdicts and
 * {@link TokenRefreshException} for anything transient. They must not retry an {@code
 * invalid_grant}: a refresh token is single-use.
 */
@FunctionalInterface
public interface TokenRefresher {
  /**
   * Refreshes.
   *
   * @param refreshToken the current refresh token (single-use)
   * @param userType the {@code user_type} to request
   * @return the new grant; its refresh token replaces the old one
   */
  TokenGrant refresh(String refreshToken, UserType userType);
}
