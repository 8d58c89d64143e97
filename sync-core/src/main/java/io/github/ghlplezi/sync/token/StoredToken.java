package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.OAuthTokens;
import io.github.ghlplezi.ghl.model.UserType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A token as a {@link TokenStore} keeps it: one row per location (or company) id.
 *
 * <p>Three kinds share this shape: an OAuth token ({@code refreshToken} and {@code accessExpiresAt}
 * present), a location token minted from an agency token ({@code accessExpiresAt} present, no
 * refresh token: renewed by minting again), and a Private Integration Token (neither: static).
 *
 * <p>{@link #toString()} never shows a token.
 *
 * @param id location id (for {@link UserType#LOCATION}) or company id (for {@link UserType#COMPANY})
 * @param userType whom the token speaks for
 * @param accessToken the bearer token sent to HighLevel
 * @param accessExpiresAt when the access token stops working, or {@code null} for a static token
 * @param refreshToken the single-use refresh token, or {@code null} when the token is not refreshable
 * @param scopes granted scopes (may be empty)
 * @param version optimistic-concurrency version: 1 for the first write, +1 on every write
 * @param updatedAt when this version was written
 */
public record StoredToken(
    String id,
    UserType userType,
    String accessToken,
    Instant accessExpiresAt,
    String refreshToken,
    Set<String> scopes,
    long version,
    Instant updatedAt) {

  /**
   * Validates and copies.
   *
   * @param id the location or company id the token belongs to
   * @param userType whether {@code id} is a location or a company
   * @param accessToken the bearer token
   * @param accessExpiresAt when the access token expires; {@code null} for a static token
   * @param refreshToken the refresh token; {@code null} when the token cannot be refreshed
   * @param scopes the granted scopes
   * @param version the store version: 0 before the first write, 1 for the first, +1 on each write
   * @param updatedAt when the row was last written
   */
  public StoredToken {
    requireText(id, "id");
    Objects.requireNonNull(userType, "userType");
    if (!UserType.COMPANY.equals(userType) && !UserType.LOCATION.equals(userType)) {
      throw new IllegalArgumentException("userType: must be Company or Location, was " + userType.value());
    }
    requireText(accessToken, "accessToken");
    if (refreshToken != null && refreshToken.isBlank()) {
      throw new IllegalArgumentException("refreshToken: must be null or non-blank");
    }
    scopes = scopes == null ? Set.of() : Set.copyOf(new TreeSet<>(scopes));
    if (version < 0) {
      throw new IllegalArgumentException("version: must be >= 0, was " + version);
    }
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
  }

  /**
   * A Private Integration Token for a location: static, never refreshed.
   *
   * @param locationId the location the token belongs to
   * @param token the Private Integration Token
   * @param now the write time
   * @return a static token at version 0, ready for {@link ManagedTokenSource#install}
   */
  public static StoredToken privateIntegrationToken(String locationId, String token, Instant now) {
    return new StoredToken(locationId, UserType.LOCATION, token, null, null, Set.of(), 0, now);
  }

  /**
   * The token of a fresh install, straight from the code exchange:
   * {@code tokens.install(StoredToken.fromCodeExchange(oauth.exchangeCode(code), clock.instant()))}.
   * A location token is stored under its {@code locationId}, an agency token under its
   * {@code companyId}; the lifetime and scopes are read as a refresh's are.
   *
   * @param exchanged HighLevel's answer to {@code POST /oauth/token} with an authorization code
   * @param now when it was received (the expiry counts from here)
   * @return the token at version 0, ready for {@link ManagedTokenSource#install(StoredToken)}
   * @throws IllegalArgumentException naming {@code locationId} or {@code companyId} when the answer
   *     lacks the id its user type needs
   */
  public static StoredToken fromCodeExchange(OAuthTokens exchanged, Instant now) {
    Objects.requireNonNull(exchanged, "exchanged");
    Objects.requireNonNull(now, "now");
    boolean company = exchanged.userType()
        .map(UserType.COMPANY::equals)
        .orElse(exchanged.locationId().isEmpty() && exchanged.companyId().isPresent());
    String id = company
        ? exchanged.companyId().orElseThrow(() -> new IllegalArgumentException(
            "companyId: the code exchange answered an agency token without a company id"))
        : exchanged.locationId().orElseThrow(() -> new IllegalArgumentException(
            "locationId: the code exchange answered a location token without a location id"));
    TokenGrant grant = OAuthClientRefresher.grantOf(exchanged);
    return new StoredToken(id, company ? UserType.COMPANY : UserType.LOCATION, grant.accessToken(),
        now.plus(grant.expiresIn()), grant.refreshToken(), grant.scopes(), 0, now);
  }

  /**
   * When the access token expires; empty for a static token.
   *
   * @return the expiry of the access token, empty when it never expires
   */
  public Optional<Instant> expiry() {
    return Optional.ofNullable(accessExpiresAt);
  }

  /**
   * The refresh token, if this token can be refreshed.
   *
   * @return the refresh token, empty for a static token or a minted location token
   */
  public Optional<String> refresh() {
    return Optional.ofNullable(refreshToken);
  }

  /**
   * True when the token neither expires nor refreshes (a Private Integration Token).
   *
   * @return whether this is a static token
   */
  public boolean isStatic() {
    return accessExpiresAt == null && refreshToken == null;
  }

  /**
   * A copy with another version and write time.
   *
   * @param newVersion the store version of the copy
   * @param writtenAt the write time of the copy
   * @return the copy
   */
  public StoredToken withVersion(long newVersion, Instant writtenAt) {
    return new StoredToken(id, userType, accessToken, accessExpiresAt, refreshToken, scopes, newVersion, writtenAt);
  }

  /**
   * A copy carrying a renewed grant, at {@code version() + 1}.
   *
   * @param grant the renewed access token, its lifetime and (when rotated) the new refresh token
   * @param now the renewal time, from which the expiry is computed
   * @return the renewed copy
   */
  public StoredToken renewed(TokenGrant grant, Instant now) {
    Instant expiresAt = grant.expiresIn() == null ? null : now.plus(grant.expiresIn());
    String nextRefresh = grant.refreshToken();
    Set<String> nextScopes = grant.scopes().isEmpty() ? scopes : grant.scopes();
    return new StoredToken(id, userType, grant.accessToken(), expiresAt, nextRefresh, nextScopes, version + 1, now);
  }

  @Override
  public String toString() {
    return "StoredToken[id=" + id
        + ", userType=" + userType
        + ", accessToken=<redacted>"
        + ", accessExpiresAt=" + accessExpiresAt
        + ", refreshToken=" + (refreshToken == null ? "none" : "<redacted>")
        + ", scopes=" + new TreeSet<>(scopes)
        + ", version=" + version
        + ", updatedAt=" + updatedAt + "]";
  }
}
