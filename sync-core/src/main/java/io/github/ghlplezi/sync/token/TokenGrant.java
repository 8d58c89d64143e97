package io.github.ghlplezi.sync.token;

import java.time.Duration;
import java.util.Set;

/**
 * What HighLevel answered to a refresh or a location-token request.
 *
 * <p>{@link #toString()} never shows a token.
 *
 * @param accessToken the new access token
 * @param expiresIn its lifetime ({@code expires_in}), or {@code null} if unknown/static
 * @param refreshToken the rotated refresh token, or {@code null} when none was returned
 * @param scopes granted scopes (may be empty)
 */
public record TokenGrant(String accessToken, Duration expiresIn, String refreshToken, Set<String> scopes) {

  /**
   * Validates and copies.
   *
   * @param accessToken the new access token
   * @param expiresIn the lifetime HighLevel granted
   * @param refreshToken the new refresh token, {@code null} when HighLevel did not rotate it
   * @param scopes the granted scopes
   */
  public TokenGrant {
    if (accessToken == null || accessToken.isBlank()) {
      throw new IllegalArgumentException("accessToken: must not be blank");
    }
    if (expiresIn != null && (expiresIn.isNegative() || expiresIn.isZero())) {
      throw new IllegalArgumentException("expiresIn: must be positive, was " + expiresIn);
    }
    if (refreshToken != null && refreshToken.isBlank()) {
      throw new IllegalArgumentException("refreshToken: must be null or non-blank");
    }
    scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
  }

  @Override
  public String toString() {
    return "TokenGrant[accessToken=<redacted>, expiresIn=" + expiresIn
        + ", refreshToken=" + (refreshToken == null ? "none" : "<redacted>")
        + ", scopes=" + scopes + "]";
  }
}
