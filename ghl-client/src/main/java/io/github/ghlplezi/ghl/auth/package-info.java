/**
 * A Marketplace app's OAuth 2.0 flow: the {@link io.github.ghlplezi.ghl.auth.OAuthClient} (code
 * exchange, refresh, location tokens, installed locations) and the consent URL
 * ({@link io.github.ghlplezi.ghl.auth.AuthorizationUrl}). Depends on {@code io.github.ghlplezi.ghl}
 * (settings, exceptions), never the other way round; the token sources the clients ask for bearer
 * tokens live there ({@link io.github.ghlplezi.ghl.TokenSource}).
 */
package io.github.ghlplezi.ghl.auth;
