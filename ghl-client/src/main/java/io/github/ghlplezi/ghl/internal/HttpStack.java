package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ghlplezi.ghl.GhlSettings;
import io.github.ghlplezi.ghl.RateLimitInfo;
import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.http.BodyLimitInterceptor;
import io.github.ghlplezi.http.CallLoggingInterceptor;
import io.github.ghlplezi.http.RequestMetadata;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Builds, in this one place, the OkHttp client and Retrofit instance behind {@code GhlClient} and
 * {@code OAuthClient}. The chain, outermost first:
 *
 * <ol>
 *   <li>the interceptors of the user's OkHttp client (for example sync-core's retry and rate
 *       budget), which already see the request's {@link RequestMetadata};</li>
 *   <li>application: default headers, auth (one retry after a 401), rate-limit capture, and
 *       innermost the body limit (after OkHttp has gunzipped);</li>
 *   <li>network: one {@link CallLoggingInterceptor} line per exchange.</li>
 * </ol>
 *
 * <p>The derived client never follows redirects (a 3xx becomes {@code GhlRedirectException}) and
 * always has the settings' connect, read and call timeouts.
 */
public final class HttpStack {

  /** The logger of the one DEBUG line per HTTP exchange. */
  public static final String CALL_LOGGER = "io.github.ghlplezi.ghl.http";

  private static final TokenSource NO_TOKENS = locationId -> {
    throw new IllegalStateException("No TokenSource configured; location calls need one");
  };

  private final Retrofit retrofit;
  private final Calls calls;
  private final RateLimitTracker rateLimits;

  /**
   * @param settings base URL, timeouts, body limit, user agent, OkHttp client, clock, listener
   * @param tokenSource location tokens, may be {@code null}
   */
  public HttpStack(GhlSettings settings, TokenSource tokenSource) {
    ObjectMapper mapper = Json.newMapper();
    this.rateLimits = new RateLimitTracker(settings.rateLimitListener(), settings.clock());
    OkHttpClient http = settings.okHttpClient().orElseGet(OkHttpClient::new).newBuilder()
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .callTimeout(settings.callTimeout())
        .addInterceptor(new DefaultHeadersInterceptor(settings.userAgent()))
        .addInterceptor(new AuthInterceptor(tokenSource == null ? NO_TOKENS : tokenSource))
        .addInterceptor(rateLimits)
        .addInterceptor(new BodyLimitInterceptor(settings.maxResponseBytes()))
        .addNetworkInterceptor(new CallLoggingInterceptor(CALL_LOGGER))
        .build();
    this.retrofit = new Retrofit.Builder()
        .baseUrl(settings.baseHttpUrl())
        .callFactory(request -> http.newCall(withMetadata(request)))
        .addConverterFactory(TagPageConverter.factory(mapper))
        .addConverterFactory(JacksonConverterFactory.create(mapper))
        .build();
    this.calls = new Calls(mapper, settings.clock());
  }

  /**
   * Tags a request Retrofit just created with its {@link RequestMetadata}, before any interceptor
   * (the user's included) sees it.
   */
  static Request withMetadata(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return request;
    }
    CallContext ctx = request.tag(CallContext.class);
    RequestMetadata meta = OperationMeta.of(invocation.method()).metadata()
        .withLocationId(ctx == null ? null : ctx.locationId());
    return request.newBuilder().tag(RequestMetadata.class, meta).build();
  }

  /**
   * @param api a Retrofit interface
   * @param <T> its type
   * @return an implementation
   */
  public <T> T create(Class<T> api) {
    return retrofit.create(api);
  }

  /** @return the call executor */
  public Calls calls() {
    return calls;
  }

  /**
   * The most recent {@code X-RateLimit-*} values HighLevel reported for a location.
   *
   * @param locationId the location id
   * @return the values, empty before the first response for that location
   */
  public Optional<RateLimitInfo> lastRateLimit(String locationId) {
    return rateLimits.latest(locationId);
  }
}
