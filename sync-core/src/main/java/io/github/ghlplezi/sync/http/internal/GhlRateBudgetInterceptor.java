package io.github.ghlplezi.sync.http.internal;

import io.github.ghlplezi.sync.http.GhlRateLimits;
import io.github.ghlplezi.sync.http.HttpEventListener;
import io.github.ghlplezi.sync.http.RateBudgetExceededException;
import io.github.ghlplezi.sync.http.RemoteApi;
import io.github.ghlplezi.sync.http.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Waits, before sending, until the request's location budget admits it. Each location has its own
 * budget, and a waiting request holds no lock, so a busy location never delays another one.
 */
public final class GhlRateBudgetInterceptor implements Interceptor {

  private final GhlRateLimits limits;
  private final Function<Request, String> budgetKeys;
  private final Clock clock;
  private final Sleeper sleeper;
  private final HttpEventListener listener;
  private final Map<String, LocationBudget> budgets = new ConcurrentHashMap<>();

  public GhlRateBudgetInterceptor(
      GhlRateLimits limits, Function<Request, String> budgetKeys, Clock clock, Sleeper sleeper,
      HttpEventListener listener) {
    this.limits = limits;
    this.budgetKeys = budgetKeys;
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /** The budget of a key (see {@link GhlLocations#budgetKey}), created on first use. */
  public LocationBudget budget(String key) {
    return budgets.computeIfAbsent(key, k -> new LocationBudget(limits));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String key = budgetKeys.apply(request);
    LocationBudget budget = budget(key);
    long waited = 0;
    while (true) {
      LocationBudget.Admission a = budget.tryAcquire(clock.millis());
      if (a.admitted()) {
        break;
      }
      if (a.dailyExhausted()) {
        throw new RateBudgetExceededException(key, a.delay(), "daily budget spent");
      }
      if (waited + a.delay().toMillis() > limits.maxWait().toMillis()) {
        throw new RateBudgetExceededException(key, a.delay(), "burst wait above " + limits.maxWait().toMillis() + " ms");
      }
      listener.onThrottled(new HttpEventListener.ThrottleEvent(RemoteApi.GHL, key, a.delay()));
      Logs.BUDGET.debug("location {} waits {} ms for its burst budget", key, a.delay().toMillis());
      Waits.sleep(sleeper, a.delay());
      waited += a.delay().toMillis();
    }
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException | RuntimeException e) {
      budget.complete(clock.millis(), null, false);
      throw e;
    }
    budget.complete(clock.millis(), RateHeaders.of(response), response.code() == 429);
    return response;
  }
}
