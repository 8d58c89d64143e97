package io.github.ghlplezi.ghl;

import java.util.Map;

/**
 * Supplies the bearer token sent to HighLevel for a location.
 *
 * <p>The client asks for a token before every request ({@link #accessToken(String)}). When
 * HighLevel answers 401, the client calls {@link #invalidate(String, String)} once with the
 * rejected token and retries the request once with whatever {@link #accessToken(String)} returns
 * next; a managed source refreshes there. Implementations must be thread-safe.
 *
 * <p>Built-in sources: {@link #privateIntegrationToken(String)} (one static Private Integration
 * Token), {@link #privateIntegrationTokens(Map)} (one per location) and
 * {@link #staticOAuth(String)} / {@link StaticOAuthTokenSource} (OAuth access tokens obtained
 * elsewhere, without refresh).
 */
public interface TokenSource {

  /**
   * Returns the access token to send for a location.
   *
   * @param locationId the HighLevel location (sub-account) id the request is for
   * @return a bearer token (never {@code null} or blank)
   * @throws RuntimeException when no token can be supplied; the request is then not sent
   */
  String accessToken(String locationId);

  /**
   * Tells the source that HighLevel rejected a token with 401. Called at most once per request;
   * the default does nothing.
   *
   * @param locationId the location the request was for
   * @param rejectedAccessToken the token HighLevel rejected
   */
  default void invalidate(String locationId, String rejectedAccessToken) {
  }

  /**
   * A source that sends one Private Integration Token (created under a sub-account's
   * Settings → Private Integrations) for every location. Such a token is bound to its
   * sub-account: use it only with that location's id.
   *
   * @param token the Private Integration Token
   * @return a source that never refreshes
   */
  static TokenSource privateIntegrationToken(String token) {
    return new FixedTokenSource(token, "privateIntegrationToken");
  }

  /**
   * A source with one Private Integration Token per location.
   *
   * @param tokensByLocationId location id to token
   * @return a source that fails for locations it has no token for
   */
  static TokenSource privateIntegrationTokens(Map<String, String> tokensByLocationId) {
    return StaticOAuthTokenSource.of(tokensByLocationId);
  }

  /**
   * A source that sends one OAuth access token obtained elsewhere, without refreshing it.
   *
   * @param accessToken the access token
   * @return a source that never refreshes
   */
  static TokenSource staticOAuth(String accessToken) {
    return new FixedTokenSource(accessToken, "accessToken");
  }
}
