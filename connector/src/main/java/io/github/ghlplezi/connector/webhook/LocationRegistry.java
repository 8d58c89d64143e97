package io.github.ghlplezi.connector.webhook;

import java.util.Optional;
import java.util.Set;

/**
 * The locations that installed the app and are synced through the {@code installedLocations}
 * rule, and the webhook ids already acted on. Shared by every replica; each change happens once,
 * whatever the number of deliveries: a delivery's id and its change are recorded together or not
 * at all, so a failure between the two cannot leave the id recorded and the change lost.
 */
public interface LocationRegistry {

  /** What recording one change did. */
  enum Change {
    /** The set of installed locations changed (and the webhook id, if any, was recorded with it). */
    CHANGED,
    /** The location was already in that state (the webhook id, if any, was recorded). */
    UNCHANGED,
    /** The webhook id was recorded before: nothing was changed. */
    DUPLICATE
  }

  /**
   * Adds a location, recording the webhook id in the same transaction.
   *
   * @param webhookId the delivery's id, empty when it carries none
   * @param locationId the installed location
   * @return what was done
   */
  Change install(Optional<String> webhookId, String locationId);

  /**
   * Removes a location, recording the webhook id in the same transaction.
   *
   * @param webhookId the delivery's id, empty when it carries none
   * @param locationId the uninstalled location
   * @return what was done
   */
  Change uninstall(Optional<String> webhookId, String locationId);

  /**
   * Whether a webhook id was already acted on; a cheap check before work outside the transaction
   * (minting a token), the transaction itself decides.
   *
   * @param webhookId the delivery's id
   * @return {@code true} when it was recorded
   */
  boolean seen(String webhookId);

  /** @return the installed locations */
  Set<String> installed();
}
