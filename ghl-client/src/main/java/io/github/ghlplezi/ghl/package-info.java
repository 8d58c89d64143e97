/**
 * HighLevel (GoHighLevel / LeadConnector) API v2 client: {@link io.github.ghlplezi.ghl.GhlClient}
 * and its per-location {@link io.github.ghlplezi.ghl.SocialPlanner}, the unchecked
 * {@link io.github.ghlplezi.ghl.GhlApiException} hierarchy and rate-limit reporting
 * ({@link io.github.ghlplezi.ghl.RateLimitListener}).
 */
package io.github.ghlplezi.ghl;
