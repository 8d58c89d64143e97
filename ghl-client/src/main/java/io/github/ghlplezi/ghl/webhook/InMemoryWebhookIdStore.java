package io.github.ghlplezi.ghl.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A {@link WebhookIdStore} in memory, bounded: expired ids are purged first, and when
 * {@code maxEntries} is reached the id closest to expiry is dropped (with one retention for all,
 * the oldest accepted: its {@code timestamp} is the first to leave the verifier's window, so its
 * replay is still refused there). Each call costs O(log n). Ids are lost on restart and not
 * shared between instances.
 */
public final class InMemoryWebhookIdStore implements WebhookIdStore {

  private record Entry(Instant forgetAfter, long order, String webhookId) {
  }

  private static final Comparator<Entry> BY_EXPIRY =
      Comparator.comparing(Entry::forgetAfter).thenComparingLong(Entry::order);

  private final Map<String, Entry> byId = new HashMap<>();
  private final TreeSet<Entry> byExpiry = new TreeSet<>(BY_EXPIRY);
  private final Clock clock;
  private final int maxEntries;
  private long order;

  /**
   * @param clock decides expiry
   * @param maxEntries the most ids kept, at least 1
   */
  public InMemoryWebhookIdStore(Clock clock, int maxEntries) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    this.maxEntries = maxEntries;
  }

  @Override
  public synchronized boolean markSeen(String webhookId, Instant forgetAfter) {
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(forgetAfter, "forgetAfter");
    Instant now = clock.instant();
    while (!byExpiry.isEmpty() && !byExpiry.first().forgetAfter().isAfter(now)) {
      byId.remove(byExpiry.pollFirst().webhookId());
    }
    if (byId.containsKey(webhookId)) {
      return false;
    }
    while (byId.size() >= maxEntries) {
      byId.remove(byExpiry.pollFirst().webhookId());
    }
    Entry entry = new Entry(forgetAfter, order++, webhookId);
    byId.put(webhookId, entry);
    byExpiry.add(entry);
    return true;
  }

  /** @return how many ids are currently remembered */
  public synchronized int size() {
    return byId.size();
  }
}
