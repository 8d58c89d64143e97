/**
 * Authentication: the {@link io.github.ghlplezi.ghl.auth.TokenSource} the client asks for bearer
 * tokens, Private Integration Token and static OAuth sources, the
 * {@link io.github.ghlplezi.ghl.auth.OAuthClient} (code exchange, refresh, location tokens,
 * installed locations) and the consent URL ({@link io.github.ghlplezi.ghl.auth.AuthorizationUrl}).
 */
package io.github.ghlplezi.ghl.auth;
