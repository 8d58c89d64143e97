package io.github.ghlplezi.ghl;

import io.github.ghlplezi.ghl.internal.Validate;
import io.github.ghlplezi.http.BodyLimitInterceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * How a HighLevel client talks HTTP, shared by {@link GhlClient} and
 * {@link io.github.ghlplezi.ghl.auth.OAuthClient}: one immutable value, so both are configured the
 * same way ({@code OAuthClient.builder().settings(ghlClient.settings())}).
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code baseUrl}</td><td>API root</td><td>{@value #DEFAULT_BASE_URL}</td></tr>
 *   <tr><td>{@code connectTimeout}</td><td>TCP and TLS connect</td><td>10 s</td></tr>
 *   <tr><td>{@code readTimeout}</td><td>longest silence while reading</td><td>30 s</td></tr>
 *   <tr><td>{@code callTimeout}</td><td>a whole call, 401 retry and body included</td><td>60 s</td></tr>
 *   <tr><td>{@code maxResponseBytes}</td><td>largest decoded response body</td><td>4 MiB</td></tr>
 *   <tr><td>{@code userAgent}</td><td>{@code User-Agent} header</td><td>{@value #DEFAULT_USER_AGENT}</td></tr>
 *   <tr><td>{@code okHttpClient}</td><td>client whose pool, dispatcher and interceptors are
 *       shared</td><td>a new one</td></tr>
 *   <tr><td>{@code clock}</td><td>stamps rate-limit observations</td><td>system UTC</td></tr>
 *   <tr><td>{@code rateLimitListener}</td><td>told every {@code X-RateLimit-*} value</td><td>none</td></tr>
 * </table>
 *
 * <p>Whatever the given OkHttp client does, the HighLevel clients never follow redirects: a 3xx
 * answer fails with {@link GhlRedirectException}, so no token or client secret reaches another
 * host.
 */
public final class GhlSettings {

  /** HighLevel's API root. */
  public static final String DEFAULT_BASE_URL = "https://services.leadconnectorhq.com/";
  /** The default {@code User-Agent}. */
  public static final String DEFAULT_USER_AGENT = "ghl-plezi-ghl-client/0.1";
  /** Default TCP and TLS connect timeout: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default longest silence while reading a response: 30 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** Default limit of a whole call, from sending to the last body byte: 60 s. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
  /** Default largest decoded response body: 4 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = BodyLimitInterceptor.DEFAULT_LIMIT_BYTES;

  private static final GhlSettings DEFAULTS = builder().build();

  private final HttpUrl baseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final long maxResponseBytes;
  private final String userAgent;
  private final OkHttpClient okHttpClient;
  private final Clock clock;
  private final RateLimitListener rateLimitListener;

  private GhlSettings(Configurer<?> b) {
    this.baseUrl = b.baseUrl;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.maxResponseBytes = b.maxResponseBytes;
    this.userAgent = b.userAgent;
    this.okHttpClient = b.okHttpClient;
    this.clock = b.clock;
    this.rateLimitListener = b.rateLimitListener;
  }

  /** @return the documented defaults */
  public static GhlSettings defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder starting from these settings */
  public Builder toBuilder() {
    return new Builder().settings(this);
  }

  /** @return the API root, with a trailing slash */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /** @return the parsed API root */
  public HttpUrl baseHttpUrl() {
    return baseUrl;
  }

  /** @return TCP and TLS connect timeout */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** @return longest silence while reading */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** @return limit of a whole call */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** @return largest decoded response body, in bytes */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** @return the {@code User-Agent} header */
  public String userAgent() {
    return userAgent;
  }

  /** @return the OkHttp client to derive from, empty for a new one */
  public Optional<OkHttpClient> okHttpClient() {
    return Optional.ofNullable(okHttpClient);
  }

  /** @return the clock stamping rate-limit observations */
  public Clock clock() {
    return clock;
  }

  /** @return the rate-limit listener */
  public RateLimitListener rateLimitListener() {
    return rateLimitListener;
  }

  @Override
  public String toString() {
    return "GhlSettings[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
        + ", callTimeout=" + callTimeout + ", maxResponseBytes=" + maxResponseBytes + ", userAgent=" + userAgent + "]";
  }

  /** Builds a {@link GhlSettings}. */
  public static final class Builder extends Configurer<Builder> {

    private Builder() {
    }

    /** @return the settings */
    public GhlSettings build() {
      return buildSettings();
    }
  }

  /**
   * The setters of every HighLevel settings value, shared by {@link GhlSettings.Builder} and the
   * clients' builders (so {@code GhlClient.builder().baseUrl(...)} and
   * {@code GhlSettings.builder().baseUrl(...)} are the same code).
   *
   * @param <B> the concrete builder
   */
  public abstract static class Configurer<B extends Configurer<B>> {

    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private String userAgent = DEFAULT_USER_AGENT;
    private OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private RateLimitListener rateLimitListener = RateLimitListener.NONE;

    /** Only the builders of this SDK extend this class. */
    protected Configurer() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /**
     * Takes every value of {@code settings}, replacing what was set before.
     *
     * @param settings the values
     * @return this builder
     */
    public B settings(GhlSettings settings) {
      Objects.requireNonNull(settings, "settings");
      this.baseUrl = settings.baseUrl;
      this.connectTimeout = settings.connectTimeout;
      this.readTimeout = settings.readTimeout;
      this.callTimeout = settings.callTimeout;
      this.maxResponseBytes = settings.maxResponseBytes;
      this.userAgent = settings.userAgent;
      this.okHttpClient = settings.okHttpClient;
      this.clock = settings.clock;
      this.rateLimitListener = settings.rateLimitListener;
      return self();
    }

    /**
     * @param baseUrl API root; default {@value GhlSettings#DEFAULT_BASE_URL}. A missing trailing
     *     slash is added.
     * @return this builder
     */
    public B baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      HttpUrl parsed = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      if (parsed == null) {
        throw new GhlInvalidArgumentException("baseUrl", "is not an http(s) URL");
      }
      this.baseUrl = parsed;
      return self();
    }

    /**
     * @param okHttpClient a client whose pool, dispatcher and interceptors are shared; the client
     *     adds its own interceptors, timeouts and redirect policy to a derived copy
     * @return this builder
     */
    public B okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return self();
    }

    /**
     * @param userAgent the {@code User-Agent} header; default {@value GhlSettings#DEFAULT_USER_AGENT}
     * @return this builder
     */
    public B userAgent(String userAgent) {
      this.userAgent = Validate.notBlank("userAgent", userAgent);
      return self();
    }

    /**
     * @param clock stamps rate-limit observations; default UTC system clock
     * @return this builder
     */
    public B clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return self();
    }

    /**
     * @param listener told about the {@code X-RateLimit-*} values of every response
     * @return this builder
     */
    public B rateLimitListener(RateLimitListener listener) {
      this.rateLimitListener = Objects.requireNonNull(listener, "listener");
      return self();
    }

    /**
     * @param timeout TCP and TLS connect timeout, positive; default 10 s
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return self();
    }

    /**
     * @param timeout longest silence while reading, positive; default 30 s
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return self();
    }

    /**
     * @param timeout limit of a whole call (the 401 retry and reading the body included),
     *     positive; default 60 s. A server that drips bytes slower than the read timeout fires is
     *     stopped by this one.
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
      this.callTimeout = positive("callTimeout", timeout);
      return self();
    }

    /**
     * @param bytes largest decoded response body, at least 1; default 4 MiB. A larger body fails
     *     with a permanent {@link GhlTransportException} while it streams in.
     * @return this builder
     */
    public B maxResponseBytes(long bytes) {
      if (bytes < 1) {
        throw new GhlInvalidArgumentException("maxResponseBytes", "must be at least 1, was " + bytes);
      }
      this.maxResponseBytes = bytes;
      return self();
    }

    /** @return the settings built from the values set so far */
    protected final GhlSettings buildSettings() {
      return new GhlSettings(this);
    }

    private static Duration positive(String parameter, Duration timeout) {
      Objects.requireNonNull(timeout, parameter);
      if (timeout.isZero() || timeout.isNegative()) {
        throw new GhlInvalidArgumentException(parameter, "must be positive, was " + timeout);
      }
      return timeout;
    }
  }
}
