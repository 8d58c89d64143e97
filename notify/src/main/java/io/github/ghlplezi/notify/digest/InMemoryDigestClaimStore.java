package io.github.ghlplezi.notify.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Claims in memory: once per week within one process (a restart forgets them). Thread-safe. */
public final class InMemoryDigestClaimStore implements DigestClaimStore {

  private record Held(DigestClaim.Status status, String owner, Instant leaseUntil) {
  }

  private final Map<DigestClaim, Held> claims = new HashMap<>();

  /** An empty store. */
  public InMemoryDigestClaimStore() {
  }

  @Override
  public synchronized boolean claim(DigestClaim claim, String owner, Instant now, Duration lease) {
    Held held = claims.get(claim);
    boolean free = held == null || held.status() == DigestClaim.Status.FAILED
        || (held.status() == DigestClaim.Status.SENDING && !now.isBefore(held.leaseUntil()));
    if (free) {
      claims.put(claim, new Held(DigestClaim.Status.SENDING, owner, now.plus(lease)));
    }
    return free;
  }

  @Override
  public synchronized void markSent(DigestClaim claim, String owner, Instant now) {
    mark(claim, owner, DigestClaim.Status.SENT);
  }

  @Override
  public synchronized void markFailed(DigestClaim claim, String owner, boolean retry, Instant now) {
    mark(claim, owner, retry ? DigestClaim.Status.FAILED : DigestClaim.Status.ABANDONED);
  }

  private void mark(DigestClaim claim, String owner, DigestClaim.Status status) {
    Held held = claims.get(claim);
    if (held != null && held.owner().equals(owner) && held.status() == DigestClaim.Status.SENDING) {
      claims.put(claim, new Held(status, owner, held.leaseUntil()));
    }
  }

  @Override
  public synchronized Optional<DigestClaim.Status> status(DigestClaim claim) {
    return Optional.ofNullable(claims.get(claim)).map(Held::status);
  }
}
