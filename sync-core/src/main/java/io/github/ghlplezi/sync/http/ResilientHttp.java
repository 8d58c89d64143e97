package io.github.ghlplezi.sync.http;

import io.github.ghlplezi.http.BodyLimitInterceptor;
import io.github.ghlplezi.sync.http.internal.GhlLocations;
import io.github.ghlplezi.sync.http.internal.GhlRateBudgetInterceptor;
import io.github.ghlplezi.sync.http.internal.PleziRateBudgetInterceptor;
import io.github.ghlplezi.sync.http.internal.ResilientBodyLimit;
import io.github.ghlplezi.sync.http.internal.RetryInterceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Builds the {@link OkHttpClient} to hand to {@code GhlClient.builder().okHttpClient(..)} or
 * {@code PleziClient.builder().okHttpClient(..)}. The whole chain of a call is, in order (built in
 * {@link Builder#build()}, the one place that orders it):
 *
 * <ol>
 *   <li><b>retry</b> (ours, application): circuit breaker per host, {@link RetryPolicy},
 *       {@link RetrySafety}, {@code Retry-After}, MDC {@code locationId};
 *   <li><b>rate budget</b> (ours, application): {@link GhlRateLimits} per location, or
 *       {@link PleziRateLimits};
 *   <li><b>body limit</b> (ours, application): caps the decoded body the retry step buffers;
 *   <li><b>auth</b> (the client's, application);
 *   <li><b>body limit</b> (the client's, application);
 *   <li><b>call logging</b> (the client's, network): one line per exchange;
 *   <li>the network.
 * </ol>
 *
 * <p>Every interceptor here reads the {@code io.github.ghlplezi.http.RequestMetadata} tag the client
 * attached to the request (location, repeatable); none parses the URL. This chain logs only its own
 * decisions (retries, waits, refusals), never the calls themselves.
 *
 * <pre>{@code
 * OkHttpClient http = ResilientHttp.ghl().listener(myListener).build();
 * GhlClient ghl = GhlClient.builder().okHttpClient(http).tokenSource(tokens).build();
 * }</pre>
 *
 * <p>Build one client per remote API and per HighLevel app: the HighLevel budgets live in the client
 * and are per (app, location). OkHttp's own silent retry on connection failure is turned off, so
 * every repetition is decided (and reported) by this chain.
 */
public final class ResilientHttp {

  private ResilientHttp() {}

  /**
   * A builder for a HighLevel client.
   *
   * @return a builder with HighLevel's retry safety and per-location rate budget
   */
  public static Builder ghl() {
    return new Builder(RemoteApi.GHL);
  }

  /**
   * A builder for a Plezi client.
   *
   * @return a builder with Plezi's retry safety and adaptive rate budget
   */
  public static Builder plezi() {
    return new Builder(RemoteApi.PLEZI);
  }

  /** Configures one client; every setting has a documented default. Not thread-safe. */
  public static final class Builder {
    private final RemoteApi api;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private Timeouts timeouts = Timeouts.DEFAULT;
    private CircuitBreakerPolicy circuitBreaker = CircuitBreakerPolicy.DEFAULT;
    private GhlRateLimits ghlRateLimits = GhlRateLimits.DEFAULT;
    private PleziRateLimits pleziRateLimits = PleziRateLimits.DEFAULT;
    private final List<HttpEventListener> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RandomGenerator random;
    private OkHttpClient baseClient;
    private Predicate<Request> extraSafe;
    private boolean rateBudget = true;
    private long maxResponseBytes = BodyLimitInterceptor.DEFAULT_LIMIT_BYTES;

    private Builder(RemoteApi api) {
      this.api = api;
    }

    /**
     * Retry policy; default {@link RetryPolicy#DEFAULT}.
     *
     * @param value the retry policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
      return this;
    }

    /**
     * Timeouts; default {@link Timeouts#DEFAULT}.
     *
     * @param value the timeouts
     * @return this builder
     */
    public Builder timeouts(Timeouts value) {
      this.timeouts = Objects.requireNonNull(value, "timeouts");
      return this;
    }

    /**
     * Circuit breaker per host; default {@link CircuitBreakerPolicy#DEFAULT}.
     *
     * @param value the breaker policy
     * @return this builder
     */
    public Builder circuitBreaker(CircuitBreakerPolicy value) {
      this.circuitBreaker = Objects.requireNonNull(value, "circuitBreaker");
      return this;
    }

    /**
     * HighLevel budgets per location (only for {@link #ghl()}); default {@link GhlRateLimits#DEFAULT}.
     *
     * @param value the HighLevel limits
     * @return this builder
     */
    public Builder ghlRateLimits(GhlRateLimits value) {
      requireApi(RemoteApi.GHL, "ghlRateLimits");
      this.ghlRateLimits = Objects.requireNonNull(value, "ghlRateLimits");
      return this;
    }

    /**
     * Plezi budget (only for {@link #plezi()}); default {@link PleziRateLimits#DEFAULT}.
     *
     * @param value the Plezi limits
     * @return this builder
     */
    public Builder pleziRateLimits(PleziRateLimits value) {
      requireApi(RemoteApi.PLEZI, "pleziRateLimits");
      this.pleziRateLimits = Objects.requireNonNull(value, "pleziRateLimits");
      return this;
    }

    /**
     * Turns the rate budget off (for example when the caller enforces its own); default on.
     *
     * @return this builder
     */
    public Builder withoutRateBudget() {
      this.rateBudget = false;
      return this;
    }

    /**
     * The largest decoded response body the retry step reads into memory, in bytes; default
     * {@link BodyLimitInterceptor#DEFAULT_LIMIT_BYTES} (4 MiB). A larger body fails the call with
     * {@code io.github.ghlplezi.http.ResponseTooLargeException}, counted while streaming (gzip included).
     *
     * @param value the limit in bytes; positive
     * @return this builder
     */
    public Builder maxResponseBytes(long value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be >= 1: " + value);
      }
      this.maxResponseBytes = value;
      return this;
    }

    /**
     * Adds an observer; may be called several times.
     *
     * @param value the observer
     * @return this builder
     */
    public Builder listener(HttpEventListener value) {
      listeners.add(Objects.requireNonNull(value, "listener"));
      return this;
    }

    /**
     * Clock of deadlines, budgets and breakers; default the UTC system clock.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * How waits happen; default {@link Sleeper#system()}. Tests pass one that advances their clock.
     *
     * @param value the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value, "sleeper");
      return this;
    }

    /**
     * Jitter source; default a fresh {@code SplittableRandom}. Pass a seeded one for reproducible tests.
     *
     * @param value the random generator
     * @return this builder
     */
    public Builder random(RandomGenerator value) {
      this.random = Objects.requireNonNull(value, "random");
      return this;
    }

    /**
     * A client whose connection pool, dispatcher and interceptors are reused; ours run first. If it
     * was itself built by {@code ResilientHttp}, its resilience interceptors are replaced, not stacked.
     *
     * @param value the client to build on
     * @return this builder
     */
    public Builder baseClient(OkHttpClient value) {
      this.baseClient = Objects.requireNonNull(value, "baseClient");
      return this;
    }

    /**
     * Declares more requests safe to repeat, in addition to {@link RetrySafety#isSafeByDefault}.
     *
     * @param value returns {@code true} for requests that may be repeated
     * @return this builder
     */
    public Builder retrySafe(Predicate<Request> value) {
      Objects.requireNonNull(value, "retrySafe");
      this.extraSafe = extraSafe == null ? value : extraSafe.or(value);
      return this;
    }

    /**
     * Builds the client.
     *
     * @return an OkHttp client with timeouts, body limit, rate budget, circuit breaker and retries installed
     */
    public OkHttpClient build() {
      Duration call = timeouts.call();
      if (!call.isZero() && call.compareTo(retryPolicy.deadline()) < 0) {
        throw new IllegalArgumentException("timeouts.call (" + call + ") must be zero or >= retryPolicy.deadline ("
            + retryPolicy.deadline() + ")");
      }
      HttpEventListener listener = listeners.isEmpty() ? HttpEventListener.NOOP
          : listeners.size() == 1 ? listeners.get(0) : HttpEventListener.composite(listeners);
      RandomGenerator jitter = random != null ? random : new java.util.SplittableRandom();
      OkHttpClient.Builder b = (baseClient != null ? baseClient : new OkHttpClient()).newBuilder()
          .retryOnConnectionFailure(false)
          .connectTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
          .readTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS)
          .writeTimeout(timeouts.write().toMillis(), TimeUnit.MILLISECONDS)
          .callTimeout(call.toMillis(), TimeUnit.MILLISECONDS);
      // The order of the whole chain, written once:
      //   [ours, application]       retry -> rate budget -> body limit
      //   [client, application]     auth -> body limit
      //   [client, network]         call logging
      //   network
      // The client adds its interceptors to its copy of this OkHttpClient, so they run after ours.
      List<Interceptor> ours = new ArrayList<>(3);
      ours.add(new RetryInterceptor(api, retryPolicy, RetrySafety.defaultsOr(extraSafe), GhlLocations::locationOf,
          clock, sleeper, jitter, listener, RetryInterceptor.breakerRegistry(circuitBreaker, listener)));
      if (rateBudget) {
        ours.add(api == RemoteApi.GHL
            ? new GhlRateBudgetInterceptor(ghlRateLimits, GhlLocations::budgetKey, clock, sleeper, listener)
            : new PleziRateBudgetInterceptor(pleziRateLimits, clock, sleeper, listener));
      }
      ours.add(new ResilientBodyLimit(maxResponseBytes));
      List<Interceptor> app = b.interceptors();
      // A base client built here brings its own chain: replace it rather than stacking two.
      app.removeIf(i -> i instanceof RetryInterceptor || i instanceof GhlRateBudgetInterceptor
          || i instanceof PleziRateBudgetInterceptor || i instanceof ResilientBodyLimit);
      app.addAll(0, ours);
      return b.build();
    }

    private void requireApi(RemoteApi expected, String field) {
      if (api != expected) {
        throw new IllegalArgumentException(field + " applies only to ResilientHttp." + expected.name().toLowerCase()
            + "(), not to " + api.name().toLowerCase() + "()");
      }
    }
  }
}
