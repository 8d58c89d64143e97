package io.github.ghlplezi.ghl.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * The app was installed ({@code type: INSTALL}). {@link #locationId()} is empty for an agency-level
 * install; a bulk install sends one event per location. Installs can arrive before the app has
 * exchanged the authorization code.
 *
 * @param type always {@code INSTALL}
 * @param webhookId the delivery id
 * @param timestamp when HighLevel sent it
 * @param appId the app id
 * @param locationId the location, empty for agency-level installs
 * @param companyId the agency
 * @param userId the installing user
 * @param planId the plan of a paid app
 * @param versionId the installed app version
 * @param installType HighLevel's install type
 * @param companyName the agency's name
 * @param whitelabelCompany whether the agency is white-labelled
 * @param onTrial whether the install is on a trial
 * @param payload the whole JSON body
 */
public record AppInstallEvent(
    String type,
    Optional<String> webhookId,
    Optional<Instant> timestamp,
    Optional<String> appId,
    Optional<String> locationId,
    Optional<String> companyId,
    Optional<String> userId,
    Optional<String> planId,
    Optional<String> versionId,
    Optional<String> installType,
    Optional<String> companyName,
    Optional<Boolean> whitelabelCompany,
    Optional<Boolean> onTrial,
    JsonNode payload) implements WebhookEvent {
}
