package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.auth.TokenSource;
import io.github.ghlplezi.ghl.auth.OAuthClient;
import io.github.ghlplezi.ghl.internal.DefaultHeadersInterceptor;
import io.github.ghlplezi.ghl.internal.HttpStack;
import io.github.ghlplezi.ghl.internal.SocialPlannerApi;
import io.github.ghlplezi.ghl.internal.Validate;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

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
 */
public final class GhlClient {

  /** HighLevel's API root. */
  public static final String DEFAULT_BASE_URL = "https://services.leadconnectorhq.com/";
  /** The {@code Version} header value sent with every request. */
  public static final String API_VERSION = DefaultHeadersInterceptor.API_VERSION;
  /** The default {@code User-Agent}. */
  public static final String DEFAULT_USER_AGENT = "ghl-plezi-ghl-client/0.1";

  private final HttpUrl baseUrl;
  private final TokenSource tokenSource;
  private final Clock clock;
  private final Builder settings;
  private final HttpStack stack;
  private final SocialPlannerApi socialPlannerApi;
  private final SocialPlannerApi socialPlannerStartApi;

  private GhlClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.tokenSource = b.tokenSource;
    this.clock = b.clock;
    this.settings = b;
    this.stack = new HttpStack(baseUrl, tokenSource, b.okHttpClient, b.userAgent, clock, b.rateLimitListener,
        b.connectTimeout, b.readTimeout, b.callTimeout);
    this.socialPlannerApi = stack.create(SocialPlannerApi.class);
    // the oauth/<platform>/start operations answer with redirects to the social networks: never follow them
    this.socialPlannerStartApi = stack.createNoRedirect(SocialPlannerApi.class);
  }

  /** @return a new builder */
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
    return new SocialPlanner(locationId, socialPlannerApi, socialPlannerStartApi, stack.calls());
  }

  /**
   * The most recent {@code X-RateLimit-*} values HighLevel reported for a location.
   *
   * @param locationId the location id
   * @return the values, empty before the first response for that location
   */
  public Optional<RateLimitInfo> lastRateLimit(String locationId) {
    return stack.rateLimits().latest(locationId);
  }

  /** @return the API root requests are sent to */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /** @return the clock used to stamp rate-limit observations */
  public Clock clock() {
    return clock;
  }

  /**
   * An OAuth client sharing this client's base URL, OkHttp client, user agent, clock, timeouts
   * and rate-limit listener.
   *
   * @param clientId the app's client id
   * @param clientSecret the app's client secret
   * @return the OAuth client
   */
  public OAuthClient oauth(String clientId, String clientSecret) {
    OAuthClient.Builder b = OAuthClient.builder()
        .clientId(clientId)
        .clientSecret(clientSecret)
        .baseUrl(baseUrl.toString())
        .userAgent(settings.userAgent)
        .clock(clock)
        .rateLimitListener(settings.rateLimitListener);
    if (settings.okHttpClient != null) {
      b.okHttpClient(settings.okHttpClient);
    }
    if (settings.connectTimeout != null) {
      b.connectTimeout(settings.connectTimeout);
    }
    if (settings.readTimeout != null) {
      b.readTimeout(settings.readTimeout);
    }
    if (settings.callTimeout != null) {
      b.callTimeout(settings.callTimeout);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "GhlClient[baseUrl=" + baseUrl + "]";
  }

  /** Builds a {@link GhlClient}. Only the token source is needed for Social Planner calls. */
  public static final class Builder {

    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private TokenSource tokenSource;
    private OkHttpClient okHttpClient;
    private String userAgent = DEFAULT_USER_AGENT;
    private Clock clock = Clock.systemUTC();
    private RateLimitListener rateLimitListener = RateLimitListener.NONE;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;

    private Builder() {
    }

    /**
     * @param baseUrl API root; default {@value GhlClient#DEFAULT_BASE_URL}. A missing trailing
     *     slash is added.
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      HttpUrl parsed = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      if (parsed == null) {
        throw new GhlInvalidArgumentException("baseUrl", "is not an http(s) URL");
      }
      this.baseUrl = parsed;
      return this;
    }

    /**
     * @param tokenSource supplies bearer tokens per location
     * @return this builder
     */
    public Builder tokenSource(TokenSource tokenSource) {
      this.tokenSource = Objects.requireNonNull(tokenSource, "tokenSource");
      return this;
    }

    /**
     * @param okHttpClient a client whose pool, dispatcher and settings are shared; the
     *     GhlClient adds its own interceptors to a derived client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * @param userAgent the {@code User-Agent} header; default {@value GhlClient#DEFAULT_USER_AGENT}
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = Validate.notBlank("userAgent", userAgent);
      return this;
    }

    /**
     * @param clock stamps rate-limit observations and evaluates time windows; default UTC system
     *     clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param listener told about the {@code X-RateLimit-*} values of every response
     * @return this builder
     */
    public Builder rateLimitListener(RateLimitListener listener) {
      this.rateLimitListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * @param timeout TCP connect timeout; OkHttp's default (10 s) when unset
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * @param timeout socket read timeout; OkHttp's default (10 s) when unset
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * @param timeout whole-call timeout including the 401 retry; none when unset
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** @return the client */
    public GhlClient build() {
      return new GhlClient(this);
    }
  }
}
