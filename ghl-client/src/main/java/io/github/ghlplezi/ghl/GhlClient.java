package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.DefaultHeadersInterceptor;
import io.github.ghlplezi.ghl.internal.HttpStack;
import io.github.ghlplezi.ghl.internal.SocialPlannerApi;
import io.github.ghlplezi.ghl.internal.Validate;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point to HighLevel: built once per application (it owns an OkHttp client, connection
 * pool and token source) and thread-safe. Hands out per-location views with
 * {@link #socialPlanner(String)}.
 *
 * <pre>{@code
 * GhlClient client = GhlClient.builder()
 *     .tokenSource(TokenSource.privateIntegrationToken(pit))
 *     .build();
 * List<Tag> tags = client.socialPlanner(locationId).tags().stream().toList();
 * }</pre>
 *
 * <p>Every request carries {@code Authorization: Bearer <token>}, {@code Version: 2021-07-28} and
 * {@code Accept: application/json}. A 401 answer makes the client call
 * {@link TokenSource#invalidate(String, String)} and retry once. The {@code X-RateLimit-*} headers
 * of every response go to the {@link RateLimitListener} and to {@link #lastRateLimit(String)}.
 * Base URL, timeouts, body limit and the OkHttp client come from one {@link GhlSettings} value,
 * shared with {@link io.github.ghlplezi.ghl.auth.OAuthClient} through {@link #settings()}.
 */
public final class GhlClient {

  /** HighLevel's API root. */
  public static final String DEFAULT_BASE_URL = GhlSettings.DEFAULT_BASE_URL;
  /** The {@code Version} header value sent with every request. */
  public static final String API_VERSION = DefaultHeadersInterceptor.API_VERSION;
  /** The default {@code User-Agent}. */
  public static final String DEFAULT_USER_AGENT = GhlSettings.DEFAULT_USER_AGENT;

  private final GhlSettings settings;
  private final TokenSource tokenSource;
  private final HttpStack stack;
  private final SocialPlannerApi socialPlannerApi;

  private GhlClient(Builder b) {
    this.settings = b.buildSettings();
    this.tokenSource = b.tokenSource;
    this.stack = new HttpStack(settings, tokenSource);
    this.socialPlannerApi = stack.create(SocialPlannerApi.class);
  }

  /** @return a new builder, starting from {@link GhlSettings#defaults()} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A view of the Social Planner of one location (sub-account). Cheap to create; thread-safe.
   *
   * @param locationId the HighLevel location id
   * @return the view
   * @throws GhlInvalidArgumentException if the id is blank or not URL-safe
   */
  public SocialPlanner socialPlanner(String locationId) {
    Validate.id("locationId", locationId);
    if (tokenSource == null) {
      throw new IllegalStateException("A TokenSource is required for Social Planner calls: set GhlClient.builder().tokenSource(...)");
    }
    return new SocialPlanner(locationId, socialPlannerApi, stack.calls());
  }

  /**
   * The most recent {@code X-RateLimit-*} values HighLevel reported for a location.
   *
   * @param locationId the location id
   * @return the values, empty before the first response for that location
   */
  public Optional<RateLimitInfo> lastRateLimit(String locationId) {
    return stack.lastRateLimit(locationId);
  }

  /**
   * The settings this client was built with; pass them to
   * {@code OAuthClient.builder().settings(...)} for an OAuth client that shares base URL, OkHttp
   * client, timeouts, body limit, user agent, clock and rate-limit listener.
   *
   * @return the settings
   */
  public GhlSettings settings() {
    return settings;
  }

  /** @return the API root requests are sent to */
  public String baseUrl() {
    return settings.baseUrl();
  }

  /** @return the clock used to stamp rate-limit observations */
  public Clock clock() {
    return settings.clock();
  }

  @Override
  public String toString() {
    return "GhlClient[baseUrl=" + settings.baseUrl() + "]";
  }

  /**
   * Builds a {@link GhlClient}: the {@link GhlSettings} setters, or {@code settings(...)} at once,
   * plus the token source, which Social Planner calls need.
   */
  public static final class Builder extends GhlSettings.Configurer<Builder> {

    private TokenSource tokenSource;

    private Builder() {
    }

    /**
     * @param tokenSource supplies bearer tokens per location
     * @return this builder
     */
    public Builder tokenSource(TokenSource tokenSource) {
      this.tokenSource = Objects.requireNonNull(tokenSource, "tokenSource");
      return this;
    }

    /** @return the client */
    public GhlClient build() {
      return new GhlClient(this);
    }
  }
}
