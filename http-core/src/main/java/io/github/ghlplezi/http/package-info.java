/**
 * HTTP plumbing shared by ghl-client, plezi-client and sync-core: the one rule that classifies
 * failures ({@link io.github.ghlplezi.http.Failures}), the metadata each client attaches to its
 * requests ({@link io.github.ghlplezi.http.RequestMetadata}) and the one log line per call
 * ({@link io.github.ghlplezi.http.CallLoggingInterceptor}). It knows neither vendor.
 */
package io.github.ghlplezi.http;
