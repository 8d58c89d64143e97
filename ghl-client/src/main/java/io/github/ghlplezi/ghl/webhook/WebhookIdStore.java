package io.github.ghlplezi.ghl.webhook;

import java.time.Instant;

/**
 * Remembers accepted {@code webhookId}s so a delivery is processed once. Implementations shared by
 * several application instances (a database table with a unique key, a cache with set-if-absent)
 * make de-duplication work across replicas. Must be thread-safe.
 */
public interface WebhookIdStore {

  /**
   * Records an id if it is new.
   *
   * @param webhookId the delivery id
   * @param forgetAfter when the id may be forgotten
   * @return {@code true} if the id was not known (first delivery), {@code false} if it was
   */
  boolean markSeen(String webhookId, Instant forgetAfter);
}
