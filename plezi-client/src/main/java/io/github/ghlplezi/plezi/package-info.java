/**
 * Typed client for Plezi: {@link io.github.ghlplezi.plezi.PleziClient}, a facade over one service
 * per resource of the legacy API (API key and tenant company) and the signed brain API, configured
 * by {@link io.github.ghlplezi.plezi.PleziProtocol} where Plezi documents nothing. Every failure is
 * a {@link io.github.ghlplezi.plezi.PleziApiException}; request and response values live in
 * {@code io.github.ghlplezi.plezi.model}.
 */
package io.github.ghlplezi.plezi;
