package io.github.ghlplezi.sync.token;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** A {@link TokenStore} in this JVM's memory: for tests and single-process tools. Thread-safe. */
public final class InMemoryTokenStore implements TokenStore {
  private final ConcurrentMap<String, StoredToken> rows = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Clock clock;

  /** With the system clock for write times. */
  public InMemoryTokenStore() {
    this(Clock.systemUTC());
  }

  /**
   * With a clock for write times.
   *
   * @param clock stamps {@link StoredToken#updatedAt()} on every write
   */
  public InMemoryTokenStore(Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<StoredToken> find(String id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public Optional<StoredToken> compareAndSet(long expectedVersion, StoredToken next) {
    StoredToken stored = next.withVersion(expectedVersion + 1, clock.instant());
    boolean[] won = {false};
    rows.compute(next.id(), (id, old) -> {
      long oldVersion = old == null ? 0 : old.version();
      if (oldVersion != expectedVersion) {
        return old;
      }
      won[0] = true;
      return stored;
    });
    return won[0] ? Optional.of(stored) : Optional.empty();
  }

  @Override
  public boolean delete(String id) {
    return rows.remove(id) != null;
  }

  @Override
  public RefreshLock lockForRefresh(String id, Duration timeout) {
    ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
    try {
      if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new TokenStoreException("Timed out after " + timeout + " waiting for the refresh lock of " + id);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TokenStoreException("Interrupted waiting for the refresh lock of " + id, e);
    }
    return new RefreshLock() {
      private boolean closed;

      @Override
      public Optional<StoredToken> current() {
        return find(id);
      }

      @Override
      public StoredToken commit(long expectedVersion, StoredToken next) {
        return compareAndSet(expectedVersion, next).orElseThrow(() -> new TokenStoreException(
            "Version of " + id + " moved past " + expectedVersion + " while the refresh lock was held"));
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          lock.unlock();
        }
      }
    };
  }

  @Override
  public String toString() {
    return "InMemoryTokenStore[" + rows.size() + " rows]";
  }
}
