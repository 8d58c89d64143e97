package io.github.ghlplezi.sync.token.internal;

import io.github.ghlplezi.sync.token.TokenStoreException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The highest version this process has seen per key. A stored copy older than that was rolled
 * back (restored from a backup or copied over the current one) and is refused: it may hold a refresh
 * token that was already spent.
 */
public final class VersionWatermark {
  private final ConcurrentMap<String, Long> seen = new ConcurrentHashMap<>();

  /** Records {@code version} for {@code key}, refusing one below the highest seen. */
  public void check(String key, long version, String what) {
    long highest = seen.merge(key, version, Math::max);
    if (version < highest) {
      throw new TokenStoreException(what + " was rolled back: version " + version + " is older than version "
          + highest + " seen before; refusing it");
    }
  }

  /** Forgets {@code key} (after this process deleted it). */
  public void forget(String key) {
    seen.remove(key);
  }
}
