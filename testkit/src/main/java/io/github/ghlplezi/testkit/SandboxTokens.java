package io.github.ghlplezi.testkit;

import java.util.List;
import java.util.Objects;

/**
 * A token pair issued by the fake HighLevel, as {@code POST /oauth/token} would answer it.
 *
 * @param accessToken the bearer token (JWT-shaped), valid {@code expiresInSeconds} on the sandbox clock
 * @param refreshToken the single-use refresh token
 * @param expiresInSeconds always 86399
 * @param userType {@code Location} or {@code Company}
 * @param locationId the location of a Location token, null for Company
 * @param companyId the agency
 * @param scopes granted scopes
 */
public record SandboxTokens(
    String accessToken,
    String refreshToken,
    long expiresInSeconds,
    String userType,
    String locationId,
    String companyId,
    List<String> scopes) {

  /**
   * Checks the required components.
   *
   * @param accessToken the bearer token (JWT-shaped), valid {@code expiresInSeconds} on the sandbox clock
   * @param refreshToken the single-use refresh token
   * @param expiresInSeconds always 86399
   * @param userType {@code Location} or {@code Company}
   * @param locationId the location of a Location token, null for Company
   * @param companyId the agency
   * @param scopes granted scopes
   */
  public SandboxTokens {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    scopes = List.copyOf(scopes);
  }

  @Override
  public String toString() {
    return "SandboxTokens[userType=" + userType + ", locationId=" + locationId + ", companyId=" + companyId
        + ", expiresInSeconds=" + expiresInSeconds + ", scopes=" + scopes + "]";
  }
}
