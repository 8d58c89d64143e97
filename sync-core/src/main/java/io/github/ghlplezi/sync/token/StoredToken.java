package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.OAuthTokens;
import io.github.ghlplezi.ghl.model.UserType;
import java.time.Clock;
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

  /** Validates and copies. */
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
   * The row to {@code install} after ghl-client's authorization-code exchange: the location (or,
   * for a company token, the company) id, the expiry counted from {@code clock}, version 0.
   *
   * @throws IllegalArgumentException naming the field HighLevel left out (userType, locationId or
   *     companyId, access_token)
   */
  public static StoredToken from(OAuthTokens tokens, Clock clock) {
    Objects.requireNonNull(tokens, "tokens");
    Instant now = Objects.requireNonNull(clock, "clock").instant();
    UserType type = tokens.userType().orElseThrow(() -> new IllegalArgumentException("userType: missing"));
    String id = UserType.COMPANY.equals(type)
        ? tokens.companyId().orElseThrow(() -> new IllegalArgumentException("companyId: missing"))
        : tokens.locationId().orElseThrow(() -> new IllegalArgumentException("locationId: missing"));
    Instant expiresAt = tokens.expiresIn().isPresent() ? now.plusSeconds(tokens.expiresIn().getAsLong()) : null;
    Set<String> scopes = new TreeSet<>();
    for (String s : tokens.scope().orElse("").split(" ")) {
      if (!s.isBlank()) {
        scopes.add(s);
      }
    }
    return new StoredToken(id, type, tokens.accessToken(), expiresAt, tokens.refreshToken().orElse(null), scopes,
        0, now);
  }

  /** A Private Integration Token for a location: static, never refreshed. */
  public static StoredToken privateIntegrationToken(String locationId, String token, Instant now) {
    return new StoredToken(locationId, UserType.LOCATION, token, null, null, Set.of(), 0, now);
  }

  /** When the access token expires; empty for a static token. */
  public Optional<Instant> expiry() {
    return Optional.ofNullable(accessExpiresAt);
  }

  /** The refresh token, if this token can be refreshed. */
  public Optional<String> refresh() {
    return Optional.ofNullable(refreshToken);
  }

  /** True when the token neither expires nor refreshes (a Private Integration Token). */
  public boolean isStatic() {
    return accessExpiresAt == null && refreshToken == null;
  }

  /** A copy with another version and write time. */
  public StoredToken withVersion(long newVersion, Instant writtenAt) {
    return new StoredToken(id, userType, accessToken, accessExpiresAt, refreshToken, scopes, newVersion, writtenAt);
  }

  /** A copy carrying a renewed grant, at {@code version() + 1}. */
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
