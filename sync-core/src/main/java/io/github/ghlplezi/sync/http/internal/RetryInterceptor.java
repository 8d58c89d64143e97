package io.github.ghlplezi.sync.http.internal;

import io.github.ghlplezi.sync.http.CircuitOpenException;
import io.github.ghlplezi.http.FailureKind;
import io.github.ghlplezi.http.Failures;
import io.github.ghlplezi.http.RequestMetadata;
import io.github.ghlplezi.http.RetryAfter;
import io.github.ghlplezi.sync.http.HttpEventListener;
import io.github.ghlplezi.sync.http.RateBudgetExceededException;
import io.github.ghlplezi.sync.http.RemoteApi;
import io.github.ghlplezi.sync.http.RetryPolicy;
import io.github.ghlplezi.sync.http.Sleeper;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.MDC;

/**
 * The outermost interceptor: sets MDC {@code locationId}, asks the host's circuit breaker, sends,
 * buffers the body of safe requests (so a truncated body is retried here, not discovered later by a
 * converter; the body limit under it caps what is buffered), classifies with {@link Failures} and repeats when the policy allows.
 */
public final class RetryInterceptor implements Interceptor {

  private final RemoteApi api;
  private final RetryPolicy policy;
  private final Predicate<Request> safe;
  private final Function<Request, String> locations;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final HttpEventListener listener;
  private final Function<String, CircuitBreaker> breakers;

  public RetryInterceptor(
      RemoteApi api,
      RetryPolicy policy,
      Predicate<Request> safe,
      Function<Request, String> locations,
      Clock clock,
      Sleeper sleeper,
      RandomGenerator random,
      HttpEventListener listener,
      Function<String, CircuitBreaker> breakers) {
    this.api = api;
    this.policy = policy;
    this.safe = safe;
    this.locations = locations;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.listener = listener;
    this.breakers = breakers;
  }

  /** A per-host registry of breakers, or a function returning null when breakers are disabled. */
  public static Function<String, CircuitBreaker> breakerRegistry(
      io.github.ghlplezi.sync.http.CircuitBreakerPolicy policy, HttpEventListener listener) {
    if (!policy.enabled()) {
      return host -> null;
    }
    Map<String, CircuitBreaker> map = new ConcurrentHashMap<>();
    return host -> map.computeIfAbsent(host, h -> new CircuitBreaker(h, policy, listener));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String location = locations.apply(request);
    String previous = MDC.get("locationId");
    if (location != null) {
      MDC.put("locationId", location);
    }
    try {
      return run(chain, request, location);
    } finally {
      if (location != null) {
        if (previous == null) {
          MDC.remove("locationId");
        } else {
          MDC.put("locationId", previous);
        }
      }
    }
  }

  private Response run(Chain chain, Request request, String location) throws IOException {
    boolean isSafe = safe.test(request);
    String method = request.method();
    String path = RequestMetadata.of(request).map(RequestMetadata::pathTemplate)
        .orElseGet(() -> request.url().encodedPath());
    String host = request.url().host() + ":" + request.url().port();
    CircuitBreaker breaker = breakers.apply(host);
    Instant deadline = clock.instant().plus(policy.deadline());
    int attempt = 0;
    int transientFailures = 0;
    int rateLimited = 0;
    while (true) {
      if (breaker != null) {
        Duration closedFor = breaker.tryAcquire(clock.millis());
        if (closedFor != null) {
          if (clock.instant().plus(closedFor).isAfter(deadline)) {
            throw new CircuitOpenException(host, closedFor);
          }
          Logs.RETRY.debug("{} {} waits {} ms for the circuit of {}", method, path, closedFor.toMillis(), host);
          Waits.sleep(sleeper, closedFor);
          continue;
        }
      }
      attempt++;
      long started = System.nanoTime();
      Response response;
      try {
        response = chain.proceed(request);
        if (isSafe) {
          response = buffered(response);
        }
      } catch (IOException e) {
        if (listener != HttpEventListener.NOOP) {
          listener.onRequest(new HttpEventListener.RequestEvent(api, method, request.url().host(), path, location,
              attempt, 0, e.getClass().getSimpleName(), Duration.ofNanos(System.nanoTime() - started)));
        }
        if (e instanceof RateBudgetExceededException || chain.call().isCanceled()) {
          release(breaker);
          throw e;
        }
        FailureKind kind = Failures.classify(e);
        if (breaker != null) {
          if (kind == FailureKind.TRANSIENT) {
            breaker.record(true, clock.millis());
          } else {
            breaker.release();
          }
        }
        boolean neverSent = e instanceof ConnectException;
        if (!kind.isRetriable() || !(isSafe || neverSent) || ++transientFailures >= policy.maxAttempts()) {
          giveUp(method, path, attempt, e.getClass().getSimpleName());
          throw e;
        }
        Duration delay = policy.backoff(transientFailures, random);
        if (clock.instant().plus(delay).isAfter(deadline)) {
          giveUp(method, path, attempt, e.getClass().getSimpleName());
          throw e;
        }
        retry(method, path, location, attempt, e.getClass().getSimpleName(), delay);
        continue;
      }
      int status = response.code();
      if (listener != HttpEventListener.NOOP) {
        listener.onRequest(new HttpEventListener.RequestEvent(api, method, request.url().host(), path, location,
            attempt, status, null, Duration.ofNanos(System.nanoTime() - started)));
      }
      FailureKind kind = Failures.classify(status);
      if (breaker != null) {
        breaker.record(kind == FailureKind.TRANSIENT, clock.millis());
      }
      if (!kind.isRetriable() || policy.maxAttempts() == 1) {
        return response;
      }
      Duration advised = RetryAfter.parse(response.header("Retry-After"), clock.instant()).orElse(null);
      if (advised != null && advised.compareTo(policy.maxRetryAfter()) > 0) {
        giveUp(method, path, attempt, status + " with Retry-After " + advised.toSeconds() + " s above maxRetryAfter");
        return response;
      }
      Duration delay;
      if (kind == FailureKind.RATE_LIMITED) {
        // Server-directed: counted apart from transient failures. The rate budget below waits for the window too.
        if (++rateLimited > policy.max429Retries()) {
          giveUp(method, path, attempt, rateLimited + " answers 429");
          return response;
        }
        delay = policy.backoff(Math.min(rateLimited, 4), random);
        if (advised != null) {
          delay = advised.compareTo(policy.minDelay()) < 0 ? policy.minDelay() : advised;
        }
      } else {
        if (!isSafe || ++transientFailures >= policy.maxAttempts()) {
          giveUp(method, path, attempt, Integer.toString(status));
          return response;
        }
        delay = policy.backoff(transientFailures, random);
        if (advised != null && advised.compareTo(delay) > 0) {
          delay = advised;
        }
      }
      if (clock.instant().plus(delay).isAfter(deadline)) {
        giveUp(method, path, attempt, Integer.toString(status));
        return response;
      }
      response.close();
      retry(method, path, location, attempt, Integer.toString(status), delay);
    }
  }

  private void retry(String method, String path, String location, int attempt, String reason, Duration delay)
      throws IOException {
    Logs.RETRY.info("retrying {} {} after {} (attempt {}) in {} ms", method, path, reason, attempt, delay.toMillis());
    listener.onRetry(new HttpEventListener.RetryEvent(api, method, path, location, attempt, reason, delay));
    Waits.sleep(sleeper, delay);
  }

  private static void giveUp(String method, String path, int attempt, String reason) {
    Logs.RETRY.info("giving up on {} {} after {} attempt(s); last: {}", method, path, attempt, reason);
  }

  private static void release(CircuitBreaker breaker) {
    if (breaker != null) {
      breaker.release();
    }
  }

  private static Response buffered(Response response) throws IOException {
    // Bounded by the body limit installed under this interceptor.
    ResponseBody body = response.body();
    MediaType type = body.contentType();
    long declared = body.contentLength();
    // Okio moves the read segments into the copy instead of copying bytes into an array and back.
    Buffer copy = new Buffer();
    try (body) {
      body.source().readAll(copy);
    }
    if (declared != -1 && declared != copy.size()) {
      throw new IOException("Content-Length (" + declared + ") and stream length (" + copy.size() + ") disagree");
    }
    return response.newBuilder().body(ResponseBody.create(copy, type, copy.size())).build();
  }
}
