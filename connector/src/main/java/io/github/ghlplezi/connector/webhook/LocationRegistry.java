package io.github.ghlplezi.connector.webhook;

import java.util.Set;

/**
 * The locations that installed the app and are synced through the {@code installedLocations}
 * rule. Shared by every replica; each change happens once, whatever the number of deliveries.
 */
public interface LocationRegistry {

  /**
   * @param locationId the installed location
   * @return {@code true} if it was not installed before
   */
  boolean add(String locationId);

  /**
   * @param locationId the uninstalled location
   * @return {@code true} if it was installed
   */
  boolean remove(String locationId);

  /** @return the installed locations */
  Set<String> installed();
}
