package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.Validate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TokenSource} holding one access token per location, set by the application (for
 * example OAuth location tokens minted with {@link io.github.ghlplezi.ghl.auth.OAuthClient}). It never refreshes: after a 401
 * the same token is sent on the single retry unless the application called
 * {@link #put(String, String)} meanwhile. Thread-safe.
 */
public final class StaticOAuthTokenSource implements TokenSource {

  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  private StaticOAuthTokenSource() {
  }

  /** @return an empty source; add tokens with {@link #put(String, String)} */
  public static StaticOAuthTokenSource create() {
    return new StaticOAuthTokenSource();
  }

  /**
   * @param tokensByLocationId location id to access token
   * @return a source with those tokens
   */
  public static StaticOAuthTokenSource of(Map<String, String> tokensByLocationId) {
    Objects.requireNonNull(tokensByLocationId, "tokensByLocationId");
    StaticOAuthTokenSource source = new StaticOAuthTokenSource();
    tokensByLocationId.forEach(source::put);
    return source;
  }

  /**
   * Sets (or replaces) the token of a location.
   *
   * @param locationId the location id
   * @param accessToken the token
   * @return this source
   */
  public StaticOAuthTokenSource put(String locationId, String accessToken) {
    Validate.id("locationId", locationId);
    Validate.secret("accessToken", accessToken);
    tokens.put(locationId, accessToken);
    return this;
  }

  /**
   * @param locationId the location whose token is forgotten
   */
  public void remove(String locationId) {
    tokens.remove(locationId);
  }

  @Override
  public String accessToken(String locationId) {
    String token = tokens.get(locationId);
    if (token == null) {
      throw new IllegalStateException("No access token configured for location " + locationId);
    }
    return token;
  }

  @Override
  public String toString() {
    return "StaticOAuthTokenSource[locations=" + tokens.keySet() + "]";
  }
}
