package io.github.ghlplezi.ghl.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * The app was uninstalled ({@code type: UNINSTALL}) from a location, or from the agency when only
 * {@link #companyId()} is present. Tokens for that resource stop working.
 *
 * @param type always {@code UNINSTALL}
 * @param webhookId the delivery id
 * @param timestamp when HighLevel sent it
 * @param appId the app id
 * @param locationId the location, empty for agency-level uninstalls
 * @param companyId the agency
 * @param payload the whole JSON body
 */
public record AppUninstallEvent(
    String type,
    Optional<String> webhookId,
    Optional<Instant> timestamp,
    Optional<String> appId,
    Optional<String> locationId,
    Optional<String> companyId,
    JsonNode payload) implements WebhookEvent {
}
