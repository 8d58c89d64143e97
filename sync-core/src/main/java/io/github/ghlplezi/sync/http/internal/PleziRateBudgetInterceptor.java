package io.github.ghlplezi.sync.http.internal;

import io.github.ghlplezi.sync.http.HttpEventListener;
import io.github.ghlplezi.sync.http.PleziRateLimits;
import io.github.ghlplezi.sync.http.RateBudgetExceededException;
import io.github.ghlplezi.sync.http.RemoteApi;
import io.github.ghlplezi.sync.http.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Paces Plezi requests with an AIMD rate: each request reserves the next free slot in arrival order
 * (so callers are served first come, first served), the rate grows additively on every accepted
 * answer and shrinks multiplicatively on every 429.
 */
public final class PleziRateBudgetInterceptor implements Interceptor {

  public static final String KEY = "plezi";

  private final PleziRateLimits limits;
  private final Clock clock;
  private final Sleeper sleeper;
  private final HttpEventListener listener;
  private double ratePerSecond;
  private double nextFreeMillis = Double.NEGATIVE_INFINITY;

  public PleziRateBudgetInterceptor(PleziRateLimits limits, Clock clock, Sleeper sleeper, HttpEventListener listener) {
    this.limits = limits;
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
    this.ratePerSecond = limits.initialPerSecond();
  }

  /** The current pace in requests per second. */
  public synchronized double ratePerSecond() {
    return ratePerSecond;
  }

  private synchronized long reserve(long now) {
    double slot = Math.max(now, nextFreeMillis);
    long wait = (long) Math.ceil(slot - now);
    if (wait > limits.maxWait().toMillis()) {
      return -wait;
    }
    nextFreeMillis = slot + 1000.0 / ratePerSecond;
    return wait;
  }

  private synchronized void onAnswer(boolean rateLimited) {
    if (rateLimited) {
      ratePerSecond = Math.max(limits.minPerSecond(), ratePerSecond * limits.decreaseFactor());
      Logs.BUDGET.info("plezi answered 429: pacing down to {} requests/s", String.format("%.2f", ratePerSecond));
    } else {
      ratePerSecond = Math.min(limits.maxPerSecond(), ratePerSecond + limits.increasePerSecond());
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long wait = reserve(clock.millis());
    if (wait < 0) {
      throw new RateBudgetExceededException(KEY, Duration.ofMillis(-wait),
          "pacing wait above " + limits.maxWait().toMillis() + " ms");
    }
    if (wait > 0) {
      listener.onThrottled(new HttpEventListener.ThrottleEvent(RemoteApi.PLEZI, KEY, Duration.ofMillis(wait)));
      Waits.sleep(sleeper, Duration.ofMillis(wait));
    }
    Response response = chain.proceed(chain.request());
    onAnswer(response.code() == 429);
    return response;
  }
}
