package io.github.ghlplezi.sync.token;

import io.github.ghlplezi.ghl.model.UserType;
import java.time.Instant;
import java.util.Objects;

/**
 * Event: a location (or company) needs a human to re-authorize the app. Published once per
 * transition per {@link ManagedTokenSource}, never repeated in a loop.
 *
 * @param id location or company id
 * @param userType the kind of token that died
 * @param reason why
 * @param storeVersion the store version that was found dead (0 when nothing was stored)
 * @param occurredAt when it was detected
 */
public record ReauthorizationRequired(
    String id, UserType userType, ReauthorizationReason reason, long storeVersion, Instant occurredAt) {

  /**
   * Validates.
   *
   * @param id the location or company id whose token died
   * @param userType whether {@code id} is a location or a company
   * @param reason why re-authorization is needed
   * @param storeVersion the store version of the dead token
   * @param occurredAt when the renewal failed
   */
  public ReauthorizationRequired {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
