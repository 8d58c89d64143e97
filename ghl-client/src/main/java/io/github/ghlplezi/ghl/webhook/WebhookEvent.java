package io.github.ghlplezi.ghl.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A verified HighLevel webhook delivery: {@link AppInstallEvent} ({@code INSTALL}),
 * {@link AppUninstallEvent} ({@code UNINSTALL}) or {@link GenericWebhookEvent} (every other
 * {@code type}). HighLevel sends the event's fields at the top level of the JSON body, plus the
 * envelope fields {@code timestamp} and {@code webhookId}.
 */
public sealed interface WebhookEvent permits AppInstallEvent, AppUninstallEvent, GenericWebhookEvent {

  /** @return the event {@code type}, for example {@code INSTALL} or {@code ContactCreate} */
  String type();

  /** @return the delivery id HighLevel assigns ({@code webhookId}), used for de-duplication */
  Optional<String> webhookId();

  /** @return when HighLevel sent the event ({@code timestamp}) */
  Optional<Instant> timestamp();

  /** @return the Marketplace app id ({@code appId}) */
  Optional<String> appId();

  /** @return the location (sub-account) the event is about */
  Optional<String> locationId();

  /** @return the agency (company) the event is about */
  Optional<String> companyId();

  /** @return the whole JSON body as received (a read-only view is the caller's duty) */
  JsonNode payload();
}
