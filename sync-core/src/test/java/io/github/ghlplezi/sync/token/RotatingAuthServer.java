package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process stand-in for HighLevel's token endpoint with single-use rotating refresh tokens,
 * for unit tests of {@link ManagedTokenSource} (the proofs run against the testkit).
 */
final class RotatingAuthServer implements TokenRefresher, LocationTokenMinter {
  final AtomicInteger refreshes = new AtomicInteger();
  final AtomicInteger invalidGrants = new AtomicInteger();
  final AtomicInteger mints = new AtomicInteger();
  final Set<String> liveRefreshTokens = ConcurrentHashMap.newKeySet();
  final Set<String> liveAccessTokens = ConcurrentHashMap.newKeySet();
  volatile boolean locationInactive;
  volatile Duration lifetime = Duration.ofSeconds(86399);
  volatile int latencyMillis;

  StoredToken issue(String id, UserType type, java.time.Instant now) {
    String rt = Tokens.random("rt");
    liveRefreshTokens.add(rt);
    String at = Tokens.random("at");
    liveAccessTokens.add(at);
    return new StoredToken(id, type, at, now.plus(lifetime), rt, Set.of(), 0, now);
  }

  @Override
  public TokenGrant refresh(String refreshToken, UserType userType) {
    pause();
    if (locationInactive) {
      throw new LocationInactiveException(400, "Location is not active");
    }
    if (!liveRefreshTokens.remove(refreshToken)) {
      invalidGrants.incrementAndGet();
      throw new InvalidGrantException(400, "Invalid grant: refresh token is invalid");
    }
    refreshes.incrementAndGet();
    String rt = Tokens.random("rt");
    liveRefreshTokens.add(rt);
    String at = Tokens.random("at");
    liveAccessTokens.add(at);
    return new TokenGrant(at, lifetime, rt, Set.of("socialplanner/tag.readonly"));
  }

  @Override
  public TokenGrant mint(String companyAccessToken, String companyId, String locationId) {
    if (!liveAccessTokens.contains(companyAccessToken)) {
      throw new TokenRefreshException(401, "Invalid token: access token is invalid");
    }
    mints.incrementAndGet();
    String at = Tokens.random("at");
    liveAccessTokens.add(at);
    return new TokenGrant(at, lifetime, null, Set.of());
  }

  void revokeAll() {
    liveRefreshTokens.clear();
    liveAccessTokens.clear();
  }

  private void pause() {
    if (latencyMillis > 0) {
      try {
        Thread.sleep(latencyMillis); // simulated network latency, not waiting for time to pass
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
