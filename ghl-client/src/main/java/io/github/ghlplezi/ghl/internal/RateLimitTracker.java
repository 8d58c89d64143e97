package io.github.ghlplezi.ghl.internal;

import io.github.ghlplezi.ghl.RateLimitEvent;
import io.github.ghlplezi.ghl.RateLimitInfo;
import io.github.ghlplezi.ghl.RateLimitListener;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses {@code X-RateLimit-*} on every response, remembers the latest values per location and
 * tells the listener. Sits inside the auth interceptor so that a 401 answer that is retried is
 * reported too.
 */
final class RateLimitTracker implements Interceptor {

  private static final Logger LOG = LoggerFactory.getLogger(RateLimitTracker.class);
  private static final String NO_LOCATION = "";

  private final RateLimitListener listener;
  private final Clock clock;
  private final Map<String, RateLimitInfo> latest = new ConcurrentHashMap<>();

  /**
   * @param listener who is told
   * @param clock stamps {@link RateLimitInfo#observedAt()}
   */
  RateLimitTracker(RateLimitListener listener, Clock clock) {
    this.listener = listener;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    RateLimitInfo info = parse(response, clock);
    if (info.isReported()) {
      CallContext ctx = request.tag(CallContext.class);
      String locationId = ctx == null ? null : ctx.locationId();
      latest.put(locationId == null ? NO_LOCATION : locationId, info);
      OperationMeta op = OperationMeta.of(request);
      try {
        listener.onRateLimit(new RateLimitEvent(Optional.ofNullable(locationId), op.httpMethod(),
            op.pathTemplate(), response.code(), info));
      } catch (RuntimeException e) {
        LOG.warn("RateLimitListener failed for {} {}", op.httpMethod(), op.pathTemplate(), e);
      }
    }
    return response;
  }

  /**
   * @param locationId a location id
   * @return the most recent values reported for it
   */
  Optional<RateLimitInfo> latest(String locationId) {
    return Optional.ofNullable(latest.get(locationId == null ? NO_LOCATION : locationId));
  }

  /**
   * @param response any response
   * @param clock the observation clock
   * @return the parsed headers (possibly all empty)
   */
  static RateLimitInfo parse(Response response, Clock clock) {
    return new RateLimitInfo(
        number(response.header(RateLimitInfo.DAILY_LIMIT)),
        number(response.header(RateLimitInfo.DAILY_REMAINING)),
        number(response.header(RateLimitInfo.INTERVAL_MILLIS)),
        number(response.header(RateLimitInfo.INTERVAL_MAX)),
        number(response.header(RateLimitInfo.INTERVAL_REMAINING)),
        clock.instant());
  }

  private static OptionalLong number(String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
