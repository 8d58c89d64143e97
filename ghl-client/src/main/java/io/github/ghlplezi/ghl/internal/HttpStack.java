package io.github.ghlplezi.ghl.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ghlplezi.ghl.RateLimitListener;
import io.github.ghlplezi.ghl.auth.TokenSource;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The OkHttp interceptor chain, Retrofit instance and error mapping shared by the public clients.
 * Interceptor order: default headers, auth (one retry after 401), rate-limit capture, logging.
 */
public final class HttpStack {

  private static final TokenSource NO_TOKENS = locationId -> {
    throw new IllegalStateException("No TokenSource configured; location calls need one");
  };

  private final Retrofit retrofit;
  private final Retrofit noRedirectRetrofit;
  private final Calls calls;
  private final RateLimitTracker rateLimits;
  private final ObjectMapper mapper;

  /**
   * @param baseUrl API root
   * @param tokenSource location tokens, may be {@code null}
   * @param base OkHttp client to derive from, may be {@code null}
   * @param userAgent {@code User-Agent}
   * @param clock clock for rate-limit stamps
   * @param listener rate-limit listener
   * @param connectTimeout may be {@code null}
   * @param readTimeout may be {@code null}
   * @param callTimeout may be {@code null}
   */
  public HttpStack(HttpUrl baseUrl, TokenSource tokenSource, OkHttpClient base, String userAgent, Clock clock,
      RateLimitListener listener, Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
    this.mapper = Json.newMapper();
    this.rateLimits = new RateLimitTracker(listener, clock);
    OkHttpClient.Builder hb = (base != null ? base : new OkHttpClient()).newBuilder()
        .addInterceptor(new DefaultHeadersInterceptor(userAgent))
        .addInterceptor(new AuthInterceptor(tokenSource == null ? NO_TOKENS : tokenSource))
        .addInterceptor(rateLimits)
        .addInterceptor(new LoggingInterceptor());
    if (connectTimeout != null) {
      hb.connectTimeout(connectTimeout);
    }
    if (readTimeout != null) {
      hb.readTimeout(readTimeout);
    }
    if (callTimeout != null) {
      hb.callTimeout(callTimeout);
    }
    OkHttpClient http = hb.build();
    this.retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(JacksonConverterFactory.create(mapper))
        .build();
    this.noRedirectRetrofit = retrofit.newBuilder()
        .client(http.newBuilder().followRedirects(false).followSslRedirects(false).build())
        .build();
    this.calls = new Calls(mapper, clock);
  }

  /**
   * @param api a Retrofit interface
   * @param <T> its type
   * @return an implementation
   */
  public <T> T create(Class<T> api) {
    return retrofit.create(api);
  }

  /**
   * @param api a Retrofit interface
   * @param <T> its type
   * @return an implementation whose client never follows redirects
   */
  public <T> T createNoRedirect(Class<T> api) {
    return noRedirectRetrofit.create(api);
  }

  /** @return the call executor */
  public Calls calls() {
    return calls;
  }

  /** @return the rate-limit tracker */
  public RateLimitTracker rateLimits() {
    return rateLimits;
  }

  /** @return the JSON mapper */
  public ObjectMapper mapper() {
    return mapper;
  }
}
