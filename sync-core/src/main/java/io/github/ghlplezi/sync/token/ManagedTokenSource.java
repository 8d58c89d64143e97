package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.TokenSource;
import io.github.ghlplezi.ghl.model.UserType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TokenSource} for {@code GhlClient} that supplies a valid HighLevel access token per
 * location and renews it safely.
 *
 * <ul>
 *   <li><b>Fast path</b>: a cached token more than the refresh margin away from expiry is returned
 *       without locks or I/O.
 *   <li><b>Single flight in this JVM</b>: one thread per id renews; the others wait for it (or keep
 *       using the old token while it is still valid).
 *   <li><b>Single flight across JVMs</b>: the renewing thread takes the store's refresh lock
 *       ({@link TokenStore#lockForRefresh}), re-reads the row and adopts a token another process
 *       wrote instead of refreshing; it refreshes only if the row is still the one it saw.
 *   <li><b>Persist before use</b>: the rotated refresh token is committed to the store before the
 *       new access token is returned to anyone.
 *   <li><b>{@code invalid_grant}</b>: the store is re-read before the token is declared dead; a dead
 *       token raises one {@link ReauthorizationRequired} event and {@link
 *       ReauthorizationRequiredException}s without further calls to HighLevel.
 *   <li><b>Agencies</b>: with {@link Builder#agency}, a location with no stored token gets one minted
 *       from the agency token, stored and renewed like any other.
 *   <li><b>Private Integration Tokens</b>: static rows are re-read from the store every {@link
 *       Builder#staticTokenRecheck} so a rotation reaches every replica within the overlap.
 * </ul>
 *
 * <p>Thread-safe. Build with {@link #builder()}.
 */
public final class ManagedTokenSource implements TokenSource {
  private static final Logger LOG = LoggerFactory.getLogger(ManagedTokenSource.class);

  private final TokenStore store;
  private final TokenRefresher refresher;
  private final LocationTokenMinter minter;
  private final String agencyCompanyId;
  private final Clock clock;
  private final Duration refreshMargin;
  private final Duration lockTimeout;
  private final Duration deadRecheck;
  private final Duration inactiveRetryAfter;
  private final Duration staticTokenRecheck;
  private final Duration transientRetryAfter;
  private final TokenEventListener listener;

  private final ConcurrentMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final AtomicLong renewals = new AtomicLong();

  /** What this JVM knows about one id. {@code token} is null only when dead with nothing stored. */
  private record Entry(StoredToken token, Instant renewAt, boolean rejected,
                       ReauthorizationRequired dead, Instant deadRecheckAt) {
    boolean fresh(Instant now) {
      return dead == null && !rejected && token != null && now.isBefore(renewAt);
    }

    /** Still accepted by HighLevel as far as we know (maybe inside the margin, maybe with a dead refresh token). */
    boolean usable(Instant now) {
      return !rejected && token != null
          && (token.accessExpiresAt() == null || now.isBefore(token.accessExpiresAt()));
    }
  }

  private ManagedTokenSource(Builder b) {
    this.store = Objects.requireNonNull(b.store, "store");
    this.refresher = b.refresher;
    this.minter = b.minter;
    this.agencyCompanyId = b.agencyCompanyId;
    this.clock = b.clock;
    this.refreshMargin = b.refreshMargin;
    this.lockTimeout = b.lockTimeout;
    this.deadRecheck = b.deadRecheck;
    this.inactiveRetryAfter = b.inactiveRetryAfter;
    this.staticTokenRecheck = b.staticTokenRecheck;
    this.transientRetryAfter = b.transientRetryAfter;
    this.listener = b.listener;
  }

  /**
   * A builder.
   *
   * @return a new builder; {@link Builder#store} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A valid access token for a location (or, for an agency, its company id).
   *
   * @throws ReauthorizationRequiredException when only a human can fix it
   * @throws TokenRefreshException when a renewal failed transiently (the call may be retried)
   * @throws TokenStoreException when the store failed
   */
  @Override
  public String accessToken(String locationId) {
    if (locationId == null || locationId.isBlank()) {
      throw new IllegalArgumentException("locationId: must not be blank");
    }
    Entry e = cache.get(locationId);
    if (e != null && e.fresh(clock.instant())) {
      return e.token.accessToken();
    }
    return slowPath(locationId);
  }

  /**
   * HighLevel answered 401 to {@code rejectedAccessToken}: the next {@link #accessToken} renews it
   * (once, however many threads report the same token). A token other than the current one is
   * ignored: it was already replaced. Never throws for a dead token and never calls HighLevel.
   */
  @Override
  public void invalidate(String locationId, String rejectedAccessToken) {
    if (locationId == null || rejectedAccessToken == null) {
      return;
    }
    cache.computeIfPresent(locationId, (id, e) ->
        e.token != null && !e.rejected && e.token.accessToken().equals(rejectedAccessToken)
            ? new Entry(e.token, e.renewAt, true, e.dead, e.deadRecheckAt)
            : e);
  }

  /**
   * Stores a freshly authorized token (after the authorization-code exchange, a reinstall, or a new
   * Private Integration Token), replacing whatever the store held, and clears a dead state.
   *
   * @return the stored row
   * @param token the newly authorized token (for example {@code StoredToken.fromCodeExchange})
   */
  public StoredToken install(StoredToken token) {
    Objects.requireNonNull(token, "token");
    while (true) {
      long expected = store.find(token.id()).map(StoredToken::version).orElse(0L);
      Optional<StoredToken> stored = store.compareAndSet(expected, token);
      if (stored.isPresent()) {
        cache.put(token.id(), freshEntry(stored.get(), clock.instant()));
        LOG.info("Installed {} token of {} at version {}", token.userType(), token.id(), stored.get().version());
        return stored.get();
      }
    }
  }

  /**
   * Replaces a location's Private Integration Token. HighLevel keeps the old token valid for
   * {@code overlap} ("rotate and expire later"); every replica re-reads static tokens at least every
   * {@link Builder#staticTokenRecheck}, so the overlap must be longer than that.
   *
   * @throws IllegalArgumentException when the overlap is too short for replicas to pick up the token
   * @param locationId the location whose token is replaced
   * @param newToken the new Private Integration Token
   * @param overlap how long HighLevel keeps the old token valid
   * @return the stored row carrying the new token
   */
  public StoredToken rotatePrivateIntegrationToken(String locationId, String newToken, Duration overlap) {
    if (locationId == null || locationId.isBlank()) {
      throw new IllegalArgumentException("locationId: must not be blank");
    }
    if (newToken == null || newToken.isBlank()) {
      throw new IllegalArgumentException("newToken: must not be blank");
    }
    Objects.requireNonNull(overlap, "overlap");
    if (overlap.compareTo(staticTokenRecheck) <= 0) {
      throw new IllegalArgumentException("overlap: must exceed the static token recheck interval "
          + staticTokenRecheck + " so every replica switches before the old token expires, was " + overlap);
    }
    return install(StoredToken.privateIntegrationToken(locationId, newToken, clock.instant()));
  }

  /**
   * How many renewals (refreshes or mints) this instance performed; for monitoring.
   *
   * @return the number of renewals since this instance was built
   */
  public long renewals() {
    return renewals.get();
  }

  // ---------------------------------------------------------------------------------------------

  private String slowPath(String id) {
    ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
    Entry seen = cache.get(id);
    if (seen != null && seen.dead != null && seen.token != null && seen.token.accessExpiresAt() != null
        && seen.usable(clock.instant())) {
      // The refresh token is dead (event already published) but the access token still works: carry on.
      return seen.token.accessToken();
    }
    if (seen != null && seen.dead == null && seen.usable(clock.instant())) {
      // Inside the margin but still valid: if someone is already renewing, don't wait for them.
      if (!lock.tryLock()) {
        return seen.token.accessToken();
      }
    } else {
      try {
        if (!lock.tryLock(lockTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
          throw new TokenStoreException("Timed out after " + lockTimeout + " waiting for the renewal of " + id);
        }
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new TokenStoreException("Interrupted waiting for the renewal of " + id, ex);
      }
    }
    try {
      Instant now = clock.instant();
      Entry e = cache.get(id);
      if (e != null && e.fresh(now)) {
        return e.token.accessToken();
      }
      if (e != null && e.dead != null && now.isBefore(e.deadRecheckAt)) {
        throw new ReauthorizationRequiredException(e.dead);
      }
      return renew(id, e, now);
    } finally {
      lock.unlock();
    }
  }

  private Entry freshEntry(StoredToken t, Instant now) {
    return new Entry(t, renewAt(t, now), false, null, null);
  }

  private Instant renewAt(StoredToken t, Instant now) {
    if (t.accessExpiresAt() == null) {
      return t.refreshToken() == null ? now.plus(staticTokenRecheck) : Instant.MIN;
    }
    Duration lifetime = Duration.between(t.updatedAt(), t.accessExpiresAt());
    Duration margin = refreshMargin;
    if (lifetime.dividedBy(2).compareTo(margin) < 0) {
      margin = lifetime.dividedBy(2);
    }
    return t.accessExpiresAt().minus(margin);
  }

  /** A stored row this JVM may use as is: not the rejected token, not due for renewal. */
  private boolean adoptable(StoredToken t, String rejected, Instant now) {
    if (rejected != null && t.accessToken().equals(rejected)) {
      return false;
    }
    return t.isStatic() || now.isBefore(renewAt(t, now));
  }

  private String adopt(StoredToken t, Instant now) {
    cache.put(t.id(), freshEntry(t, now));
    return t.accessToken();
  }

  private String renew(String id, Entry e, Instant now) {
    String rejected = e != null && e.rejected ? e.token.accessToken() : null;
    ReauthorizationRequired knownDead = e == null ? null : e.dead;

    // Another replica (or an earlier thread) may already have written a usable token.
    Optional<StoredToken> peek = store.find(id);
    if (peek.isPresent() && adoptable(peek.get(), rejected, now) && !isKnownDead(knownDead, peek.get())) {
      return adopt(peek.get(), now);
    }

    StoredToken current;
    TokenRefreshException refusal;
    try (TokenStore.RefreshLock lock = store.lockForRefresh(id, lockTimeout)) {
      now = clock.instant();
      Optional<StoredToken> row = lock.current();
      if (row.isEmpty()) {
        if (agencyCompanyId != null && !agencyCompanyId.equals(id)) {
          return mintFirst(lock, id, now);
        }
        throw dead(id, UserType.LOCATION, ReauthorizationReason.NO_TOKEN, 0, e);
      }
      current = row.get();
      if (adoptable(current, rejected, now) && !isKnownDead(knownDead, current)) {
        return adopt(current, now);
      }
      if (current.isStatic()) {
        throw dead(id, current.userType(), ReauthorizationReason.STATIC_TOKEN_REJECTED, current.version(), e);
      }
      if (isKnownDead(knownDead, current) && knownDead.reason() != ReauthorizationReason.LOCATION_INACTIVE) {
        // Never present a refresh token HighLevel already refused.
        throw dead(id, current.userType(), knownDead.reason(), current.version(), e);
      }
      try {
        TokenGrant grant = obtainGrant(current);
        // Persist before use: the rotated refresh token is durable before anyone sees the access token.
        StoredToken stored = lock.commit(current.version(), current.renewed(grant, now));
        renewals.incrementAndGet();
        LOG.info("Renewed {} token of {} to version {}", stored.userType(), id, stored.version());
        return adopt(stored, now);
      } catch (InvalidGrantException | LocationInactiveException | RefreshOutcomeUnknownException ex) {
        refusal = ex;
      } catch (TokenStoreException ex) {
        throw ex;
      } catch (TokenRefreshException ex) {
        // Transient (network, 5xx, 429). If the current token still works, keep serving it and retry later.
        Entry fallback = new Entry(current, current.accessExpiresAt(), false, null, null);
        if (!current.accessToken().equals(rejected) && fallback.usable(now)) {
          Instant retryAt = now.plus(transientRetryAfter);
          if (retryAt.isAfter(current.accessExpiresAt())) {
            retryAt = current.accessExpiresAt();
          }
          cache.put(id, new Entry(current, retryAt, false, null, null));
          LOG.warn("Renewal of {} failed (status {}); the current token is valid until {}, retrying after {}",
              id, ex.status(), current.accessExpiresAt(), retryAt);
          return current.accessToken();
        }
        throw ex;
      } catch (RuntimeException ex) {
        // A malformed answer (an empty access token) or a refresher bug: HighLevel may have rotated
        // the token. Presenting the same refresh token again could only repeat or worsen that.
        LOG.warn("Refresh of {} ended without a usable answer ({}); its refresh token is treated as spent", id,
            ex.getClass().getSimpleName());
        refusal = new RefreshOutcomeUnknownException(0,
            "refresh outcome unknown: " + ex.getClass().getSimpleName(), null);
      }
    }
    return afterRefusal(id, current, rejected, refusal, e);
  }

  private static boolean isKnownDead(ReauthorizationRequired dead, StoredToken t) {
    return dead != null && dead.storeVersion() == t.version();
  }

  private TokenGrant obtainGrant(StoredToken current) {
    if (current.refreshToken() != null) {
      if (refresher == null) {
        throw new IllegalStateException("No TokenRefresher configured to refresh the token of " + current.id());
      }
      return refresher.refresh(current.refreshToken(), current.userType());
    }
    if (agencyCompanyId != null && UserType.LOCATION.equals(current.userType())) {
      return mint(current.id());
    }
    throw new InvalidGrantException(0, "token of " + current.id() + " expired and cannot be refreshed or minted");
  }

  private TokenGrant mint(String locationId) {
    String companyToken = accessToken(agencyCompanyId);
    try {
      return minter.mint(companyToken, agencyCompanyId, locationId);
    } catch (TokenRefreshException ex) {
      if (ex.status() != 401) {
        throw ex;
      }
      // The agency token was refused: renew it once and mint again.
      invalidate(agencyCompanyId, companyToken);
      return minter.mint(accessToken(agencyCompanyId), agencyCompanyId, locationId);
    }
  }

  private String mintFirst(TokenStore.RefreshLock lock, String id, Instant now) {
    TokenGrant grant;
    try {
      grant = mint(id);
    } catch (InvalidGrantException ex) {
      throw dead(id, UserType.LOCATION, ReauthorizationReason.NO_TOKEN, 0, cache.get(id));
    } catch (LocationInactiveException ex) {
      throw dead(id, UserType.LOCATION, ReauthorizationReason.LOCATION_INACTIVE, 0, cache.get(id));
    }
    StoredToken minted = new StoredToken(id, UserType.LOCATION, grant.accessToken(),
        grant.expiresIn() == null ? null : now.plus(grant.expiresIn()), grant.refreshToken(),
        grant.scopes(), 0, now);
    StoredToken stored = lock.commit(0, minted);
    renewals.incrementAndGet();
    LOG.info("Minted a location token for {} from agency {}", id, agencyCompanyId);
    return adopt(stored, now);
  }

  /** HighLevel refused the refresh: adopt a newer row if one appeared, else declare the token dead. */
  private String afterRefusal(String id, StoredToken refused, String rejected, TokenRefreshException ex, Entry e) {
    Instant now = clock.instant();
    Optional<StoredToken> again = store.find(id);
    if (again.isPresent() && again.get().version() != refused.version() && adoptable(again.get(), rejected, now)) {
      LOG.info("Refresh of {} was refused but the store holds a newer token (version {}): using it", id,
          again.get().version());
      return adopt(again.get(), now);
    }
    ReauthorizationReason reason = ex instanceof LocationInactiveException
        ? ReauthorizationReason.LOCATION_INACTIVE
        : ex instanceof RefreshOutcomeUnknownException
            ? ReauthorizationReason.REFRESH_OUTCOME_UNKNOWN
            : ReauthorizationReason.REFRESH_TOKEN_REJECTED;
    long deadVersion = refused.version();
    if (reason != ReauthorizationReason.LOCATION_INACTIVE && refused.refreshToken() != null
        && refused.accessExpiresAt() != null) {
      // Tombstone: drop the refused refresh token from the store so other replicas never present it.
      StoredToken tombstone = new StoredToken(id, refused.userType(), refused.accessToken(),
          refused.accessExpiresAt(), null, refused.scopes(), refused.version(), now);
      Optional<StoredToken> written = store.compareAndSet(refused.version(), tombstone);
      if (written.isPresent()) {
        deadVersion = written.get().version();
      }
    }
    ReauthorizationRequiredException verdict = dead(id, refused.userType(), reason, deadVersion, e);
    if (e != null && e.token != null && e.token.version() == refused.version()
        && e.token.accessExpiresAt() != null && e.usable(now)) {
      // Reported; the access token itself still works until it expires.
      return e.token.accessToken();
    }
    throw verdict;
  }

  private ReauthorizationRequiredException dead(String id, UserType type, ReauthorizationReason reason,
                                                long version, Entry previous) {
    Instant now = clock.instant();
    ReauthorizationRequired event = new ReauthorizationRequired(id, type, reason, version, now);
    Duration wait = reason == ReauthorizationReason.LOCATION_INACTIVE ? inactiveRetryAfter : deadRecheck;
    StoredToken token = previous == null ? null : previous.token;
    boolean rejected = previous != null && previous.rejected;
    cache.put(id, new Entry(token, Instant.MIN, rejected, event, now.plus(wait)));
    boolean alreadyReported = previous != null && previous.dead != null
        && previous.dead.reason() == reason && previous.dead.storeVersion() == version;
    if (!alreadyReported) {
      LOG.warn("Re-authorization required for {} {} (store version {}): {}", type, id, version, reason);
      try {
        listener.onReauthorizationRequired(event);
      } catch (RuntimeException listenerFailure) {
        LOG.warn("Token event listener failed for {}", id, listenerFailure);
      }
    }
    return new ReauthorizationRequiredException(event);
  }

  @Override
  public String toString() {
    return "ManagedTokenSource[store=" + store + ", cached=" + cache.size() + "]";
  }

  /** Builds a {@link ManagedTokenSource}. */
  public static final class Builder {
    private TokenStore store;
    private TokenRefresher refresher;
    private LocationTokenMinter minter;
    private String agencyCompanyId;
    private Clock clock = Clock.systemUTC();
    private Duration refreshMargin = Duration.ofMinutes(5);
    private Duration lockTimeout = Duration.ofSeconds(30);
    private Duration deadRecheck = Duration.ofSeconds(30);
    private Duration inactiveRetryAfter = Duration.ofMinutes(15);
    private Duration staticTokenRecheck = Duration.ofMinutes(1);
    private Duration transientRetryAfter = Duration.ofSeconds(30);
    private TokenEventListener listener = TokenEventListener.none();

    private Builder() {
    }

    /**
     * Where tokens live (required).
     *
     * @param store the token store
     * @return this builder
     */
    public Builder store(TokenStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Refreshes OAuth tokens (required unless only static tokens are used).
     *
     * @param refresher the refresher, usually an {@link OAuthClientRefresher}
     * @return this builder
     */
    public Builder refresher(TokenRefresher refresher) {
      this.refresher = Objects.requireNonNull(refresher, "refresher");
      return this;
    }

    /**
     * Mint location tokens from this agency's Company token (stored under {@code companyId}).
     *
     * @param companyId the agency (company) id whose token is stored
     * @param minter mints location tokens from the Company token
     * @return this builder
     */
    public Builder agency(String companyId, LocationTokenMinter minter) {
      if (companyId == null || companyId.isBlank()) {
        throw new IllegalArgumentException("companyId: must not be blank");
      }
      this.agencyCompanyId = companyId;
      this.minter = Objects.requireNonNull(minter, "minter");
      return this;
    }

    /**
     * Clock for expiry decisions (default: system UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Renew this long before expiry (default 5 minutes; capped at half a token's lifetime).
     *
     * @param margin how long before expiry a token is renewed
     * @return this builder
     */
    public Builder refreshMargin(Duration margin) {
      this.refreshMargin = positive(margin, "refreshMargin");
      return this;
    }

    /**
     * How long to wait for another thread or process that is renewing (default 30 s).
     *
     * @param timeout the longest wait for another renewer
     * @return this builder
     */
    public Builder lockTimeout(Duration timeout) {
      this.lockTimeout = positive(timeout, "lockTimeout");
      return this;
    }

    /**
     * How often a dead id re-reads the store for a reinstalled token (default 30 s).
     *
     * @param interval the time between re-reads of a dead id
     * @return this builder
     */
    public Builder deadRecheck(Duration interval) {
      this.deadRecheck = positive(interval, "deadRecheck");
      return this;
    }

    /**
     * How long to wait before trying an inactive location's refresh token again (default 15 min).
     *
     * @param wait the time before an inactive location's refresh token is tried again
     * @return this builder
     */
    public Builder inactiveRetryAfter(Duration wait) {
      this.inactiveRetryAfter = positive(wait, "inactiveRetryAfter");
      return this;
    }

    /**
     * How often static tokens are re-read from the store, to pick up rotations (default 1 min).
     *
     * @param interval the time between re-reads of a static token
     * @return this builder
     */
    public Builder staticTokenRecheck(Duration interval) {
      this.staticTokenRecheck = positive(interval, "staticTokenRecheck");
      return this;
    }

    /**
     * After a transient renewal failure while the current token still works, serve it and try
     * again after this long (default 30 s; never later than the token's expiry).
     *
     * @param wait the time before a renewal is tried again after a transient failure
     * @return this builder
     */
    public Builder transientRetryAfter(Duration wait) {
      this.transientRetryAfter = positive(wait, "transientRetryAfter");
      return this;
    }

    /**
     * Receives {@link ReauthorizationRequired} events (default: none).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(TokenEventListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds.
     *
     * @return a token source over the configured store
     * @throws IllegalStateException if no store was set
     */
    public ManagedTokenSource build() {
      if (store == null) {
        throw new IllegalStateException("store: required");
      }
      return new ManagedTokenSource(this);
    }

    private static Duration positive(Duration d, String field) {
      Objects.requireNonNull(d, field);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(field + ": must be positive, was " + d);
      }
      return d;
    }
  }
}
