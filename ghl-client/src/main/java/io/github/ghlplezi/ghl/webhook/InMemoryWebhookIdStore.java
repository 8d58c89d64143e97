package io.github.ghlplezi.ghl.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link WebhookIdStore} in memory, bounded: expired ids are purged, and when
 * {@code maxEntries} is reached the ids closest to expiry are dropped first. Ids are lost on
 * restart and not shared between instances.
 */
public final class InMemoryWebhookIdStore implements WebhookIdStore {

  private final Map<String, Instant> seen = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxEntries;

  /**
   * @param clock decides expiry
   * @param maxEntries the most ids kept
   */
  public InMemoryWebhookIdStore(Clock clock, int maxEntries) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive");
    }
    this.maxEntries = maxEntries;
  }

  @Override
  public synchronized boolean markSeen(String webhookId, Instant forgetAfter) {
    Instant now = clock.instant();
    Instant known = seen.get(webhookId);
    if (known != null && known.isAfter(now)) {
      return false;
    }
    if (seen.size() >= maxEntries) {
      seen.values().removeIf(expiry -> !expiry.isAfter(now));
      while (seen.size() >= maxEntries) {
        Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
        Map.Entry<String, Instant> oldest = it.next();
        for (Map.Entry<String, Instant> e : seen.entrySet()) {
          if (e.getValue().isBefore(oldest.getValue())) {
            oldest = e;
          }
        }
        seen.remove(oldest.getKey());
      }
    }
    seen.put(webhookId, forgetAfter);
    return true;
  }

  /** @return how many ids are currently remembered */
  public int size() {
    return seen.size();
  }
}
