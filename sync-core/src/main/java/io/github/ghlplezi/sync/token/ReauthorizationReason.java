package io.github.ghlplezi.sync.token;

/** Why a token cannot be renewed without a human. */
public enum ReauthorizationReason {
  /** HighLevel rejected the refresh token (used, revoked, expired, app uninstalled): reinstall the app. */
  REFRESH_TOKEN_REJECTED,
  /** The location (or its agency) is not active; the same token works again once it is re-activated. */
  LOCATION_INACTIVE,
  /** A static token (Private Integration Token) was rejected: rotate it in HighLevel and store the new one. */
  STATIC_TOKEN_REJECTED,
  /** The store holds no token for this id (never installed, or deleted). */
  NO_TOKEN
}
