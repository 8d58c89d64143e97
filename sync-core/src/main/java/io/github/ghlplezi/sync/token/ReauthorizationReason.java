package io.github.ghlplezi.sync.token;

/** Why a token cannot be renewed without a human. */
public enum ReauthorizationReason {
  /** HighLevel rejected the refresh token (used, revoked, expired, app uninstalled): reinstall the app. */
  REFRESH_TOKEN_REJECTED,
  /**
   * The refresh failed in a way that does not say whether HighLevel rotated the token (a malformed
   * answer such as an empty access token, or an unexpected error in the refresher): the refresh token
   * may be spent, so it is never presented again. Reinstall the app, unless another replica stored a
   * newer token (the store is re-read).
   */
  REFRESH_OUTCOME_UNKNOWN,
  /** The location (or its agency) is not active; the same token works again once it is re-activated. */
  LOCATION_INACTIVE,
  /** A static token (Private Integration Token) was rejected: rotate it in HighLevel and store the new one. */
  STATIC_TOKEN_REJECTED,
  /** The store holds no token for this id (never installed, or deleted). */
  NO_TOKEN
}
