package io.github.ghlplezi.ghl.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * Any other HighLevel webhook event ({@code ContactCreate}, {@code LocationUpdate}, …); read its
 * fields from {@link #payload()}. HighLevel publishes no Social Planner events.
 *
 * @param type the event type (empty string when the body had none)
 * @param webhookId the delivery id
 * @param timestamp when HighLevel sent it
 * @param appId the app id
 * @param locationId the location
 * @param companyId the agency
 * @param payload the whole JSON body
 */
public record GenericWebhookEvent(
    String type,
    Optional<String> webhookId,
    Optional<Instant> timestamp,
    Optional<String> appId,
    Optional<String> locationId,
    Optional<String> companyId,
    JsonNode payload) implements WebhookEvent {
}
