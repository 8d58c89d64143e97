package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
import io.github.ghlplezi.ghl.GhlApiException;
import io.github.ghlplezi.ghl.GhlUnreadableResponseException;
import io.github.ghlplezi.ghl.GhlReauthorizationRequiredException;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.model.LocationToken;
import io.github.ghlplezi.ghl.model.OAuthTokens;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@link TokenRefresher} and {@link LocationTokenMinter} ports implemented with ghl-client's
 * {@link OAuthClient}: maps HighLevel's answers to {@link InvalidGrantException},
 * {@link LocationInactiveException} and (transient) {@link TokenRefreshException}.
 */
public final class OAuthClientRefresher implements TokenRefresher, LocationTokenMinter {
  private final OAuthClient client;

  /**
   * Over an OAuth client configured with the app's client id and secret.
   *
   * @param client the OAuth client the refresh and mint calls go through
   */
  public OAuthClientRefresher(OAuthClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public TokenGrant refresh(String refreshToken, UserType userType) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw new IllegalArgumentException("refreshToken: must not be blank");
    }
    Objects.requireNonNull(userType, "userType");
    OAuthTokens t;
    try {
      t = client.refresh(refreshToken, userType);
    } catch (GhlReauthorizationRequiredException e) {
      throw new InvalidGrantException(e.status(), e.vendorMessage());
    } catch (GhlApiException e) {
      throw translate(e, false);
    }
    return grantOf(t);
  }

  /** The grant an OAuth answer carries (a refresh's or a code exchange's). */
  static TokenGrant grantOf(OAuthTokens t) {
    return grant(t.accessToken(), t.expiresIn(), t.refreshToken(), t.scope());
  }

  @Override
  public TokenGrant mint(String companyAccessToken, String companyId, String locationId) {
    LocationToken t;
    try {
      t = client.locationToken(companyAccessToken, companyId, locationId);
    } catch (GhlReauthorizationRequiredException e) {
      throw new InvalidGrantException(e.status(), e.vendorMessage());
    } catch (GhlApiException e) {
      throw translate(e, true);
    }
    return grant(t.accessToken(), t.expiresIn(), t.refreshToken(), t.scope());
  }

  private static TokenRefreshException translate(GhlApiException e, boolean minting) {
    String message = e.vendorMessage() == null ? "" : e.vendorMessage();
    if (message.toLowerCase(Locale.ROOT).contains("not active")) {
      return new LocationInactiveException(e.status(), message);
    }
    if (minting && (e.status() == 400 || e.status() == 403 || e.status() == 422)) {
      // Not installed on that location, or not an agency token: minting will not succeed by retrying.
      return new InvalidGrantException(e.status(), message);
    }
    if (e instanceof GhlUnreadableResponseException || e.status() >= 200 && e.status() < 300) {
      // HighLevel accepted the request but its answer is unusable ({}, not JSON, no access token):
      // the refresh token may already be rotated, so it must not be presented again.
      return new RefreshOutcomeUnknownException(e.status(), "unusable answer: " + message, e);
    }
    return new TokenRefreshException(e.status(), message, e);
  }

  private static TokenGrant grant(String access, OptionalLong expiresIn, Optional<String> refresh,
                                  Optional<String> scope) {
    Set<String> scopes = new LinkedHashSet<>();
    for (String s : scope.orElse("").split(" ")) {
      if (!s.isBlank()) {
        scopes.add(s);
      }
    }
    Duration lifetime = expiresIn.isPresent() && expiresIn.getAsLong() > 0
        ? Duration.ofSeconds(expiresIn.getAsLong()) : Duration.ofSeconds(86399);
    return new TokenGrant(access, lifetime, refresh.orElse(null), scopes);
  }

  @Override
  public String toString() {
    return "OAuthClientRefresher[" + client + "]";
  }
}
