/**
 * Typed client for Plezi: {@link io.github.ghlplezi.plezi.PleziClient} for the legacy API
 * (API key and tenant company) and {@link io.github.ghlplezi.plezi.PleziBrainClient} for the signed
 * brain API. Every failure is a {@link io.github.ghlplezi.plezi.PleziApiException}; request and
 * response values live in {@code io.github.ghlplezi.plezi.model}.
 */
package io.github.ghlplezi.plezi;
