package io.github.ghlplezi.connector.webhook;

import io.github.ghlplezi.ghl.webhook.AppInstallEvent;
import io.github.ghlplezi.ghl.webhook.AppUninstallEvent;
import io.github.ghlplezi.ghl.webhook.WebhookEvent;
import io.github.ghlplezi.ghl.webhook.WebhookVerification;
import io.github.ghlplezi.ghl.webhook.WebhookVerifier;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Framework-neutral webhook intake: the raw body bytes and headers of one delivery in, what was done
 * out. {@code INSTALL} adds the location to the synced set (and stores its token when the app uses
 * OAuth), {@code UNINSTALL} removes it and deletes its tokens, a repeated {@code webhookId} is
 * acknowledged without effect, anything else verified is acknowledged and logged, and a delivery that
 * fails verification changes nothing. Thread-safe.
 *
 * <p>The webhook id is recorded in the same transaction as the change it brings ({@link
 * LocationRegistry}), never by the verifier ahead of it: when the database fails half-way the
 * delivery is answered 500, nothing is recorded, and HighLevel's redelivery does the change once.
 * Token work (an HTTP call) happens before that transaction and is idempotent.
 */
public final class WebhookIntake {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookIntake.class);

  private final WebhookVerifier verifier;
  private final LocationRegistry locations;
  private final InstallTokens tokens;

  /**
   * @param verifier the verifier's keys, clock and tolerances; its webhook id store is replaced (the
   *     registry de-duplicates, in the transaction of each change)
   * @param locations the synced locations and the webhook ids acted on
   * @param tokens what happens to tokens on install and uninstall
   */
  public WebhookIntake(WebhookVerifier.Builder verifier, LocationRegistry locations, InstallTokens tokens) {
    this.verifier = verifier.webhookIdStore((webhookId, forgetAfter) -> true).build();
    this.locations = locations;
    this.tokens = tokens;
  }

  /**
   * Handles one delivery.
   *
   * @param rawBody the exact body bytes
   * @param headers the request headers (names in any case)
   * @return what was done; its {@code httpStatus()} is the answer
   * @throws IllegalStateException when the database or HighLevel failed (answer 500: nothing was
   *     recorded, the redelivery is processed)
   */
  public WebhookOutcome handle(byte[] rawBody, Map<String, String> headers) {
    WebhookVerification verification = verifier.verify(rawBody, headers);
    if (verification instanceof WebhookVerification.Rejected rejected) {
      LOG.warn("webhook refused: {}", rejected.reason());
      return new WebhookOutcome.Refused(rejected.reason().name());
    }
    if (!(verification instanceof WebhookVerification.Verified verified)) {
      return duplicate();   // not reached: the verifier's own id store accepts every id
    }
    WebhookEvent event = verified.event();
    Optional<String> webhookId = event.webhookId();
    if (webhookId.isPresent() && locations.seen(webhookId.get())) {
      return duplicate();
    }
    if (event instanceof AppInstallEvent install) {
      return install(install, webhookId);
    }
    if (event instanceof AppUninstallEvent uninstall) {
      return uninstall(uninstall.locationId(), webhookId);
    }
    LOG.info("webhook {} acknowledged; the connector does not act on it", event.type());
    return new WebhookOutcome.Acknowledged(event.type(), "not acted on");
  }

  private static WebhookOutcome duplicate() {
    LOG.info("webhook repeated; already processed");
    return new WebhookOutcome.Duplicate();
  }

  private WebhookOutcome install(AppInstallEvent install, Optional<String> webhookId) {
    Optional<String> locationId = install.locationId().filter(id -> !id.isBlank());
    if (locationId.isEmpty()) {
      LOG.info("agency-level INSTALL acknowledged; its locations arrive as their own INSTALL events");
      return new WebhookOutcome.Acknowledged(install.type(), "agency-level install");
    }
    tokens.installed(install);
    return switch (locations.install(webhookId, locationId.get())) {
      case DUPLICATE -> duplicate();
      case UNCHANGED -> new WebhookOutcome.Acknowledged(install.type(), "already installed");
      case CHANGED -> {
        LOG.info("location {} installed the app; it is synced from now on", locationId.get());
        yield new WebhookOutcome.Installed(locationId.get());
      }
    };
  }

  private WebhookOutcome uninstall(Optional<String> locationId, Optional<String> webhookId) {
    if (locationId.isEmpty() || locationId.get().isBlank()) {
      return new WebhookOutcome.Acknowledged("UNINSTALL", "agency-level uninstall");
    }
    tokens.uninstalled(locationId.get());
    return switch (locations.uninstall(webhookId, locationId.get())) {
      case DUPLICATE -> duplicate();
      case UNCHANGED -> new WebhookOutcome.Acknowledged("UNINSTALL", "not installed");
      case CHANGED -> {
        LOG.info("location {} uninstalled the app; it is no longer synced and its tokens are deleted",
            locationId.get());
        yield new WebhookOutcome.Uninstalled(locationId.get());
      }
    };
  }
}
