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
 */
public final class WebhookIntake {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookIntake.class);

  private final WebhookVerifier verifier;
  private final LocationRegistry locations;
  private final InstallTokens tokens;

  /**
   * @param verifier checks signatures and de-duplicates (give it the registry's {@code WebhookIdStore}
   *     so duplicates are caught across replicas)
   * @param locations the synced locations
   * @param tokens what happens to tokens on install and uninstall
   */
  public WebhookIntake(WebhookVerifier verifier, LocationRegistry locations, InstallTokens tokens) {
    this.verifier = verifier;
    this.locations = locations;
    this.tokens = tokens;
  }

  /**
   * Handles one delivery.
   *
   * @param rawBody the exact body bytes
   * @param headers the request headers (names in any case)
   * @return what was done; its {@code httpStatus()} is the answer
   */
  public WebhookOutcome handle(byte[] rawBody, Map<String, String> headers) {
    WebhookVerification verification = verifier.verify(rawBody, headers);
    if (verification instanceof WebhookVerification.Rejected rejected) {
      LOG.warn("webhook refused: {}", rejected.reason());
      return new WebhookOutcome.Refused(rejected.reason().name());
    }
    if (verification instanceof WebhookVerification.Duplicate) {
      LOG.info("webhook repeated; already processed");
      return new WebhookOutcome.Duplicate();
    }
    WebhookEvent event = ((WebhookVerification.Verified) verification).event();
    if (event instanceof AppInstallEvent install) {
      return install(install);
    }
    if (event instanceof AppUninstallEvent uninstall) {
      return uninstall(uninstall.locationId());
    }
    LOG.info("webhook {} acknowledged; the connector does not act on it", event.type());
    return new WebhookOutcome.Acknowledged(event.type(), "not acted on");
  }

  private WebhookOutcome install(AppInstallEvent install) {
    Optional<String> locationId = install.locationId().filter(id -> !id.isBlank());
    if (locationId.isEmpty()) {
      LOG.info("agency-level INSTALL acknowledged; its locations arrive as their own INSTALL events");
      return new WebhookOutcome.Acknowledged(install.type(), "agency-level install");
    }
    tokens.installed(install);
    if (!locations.add(locationId.get())) {
      return new WebhookOutcome.Acknowledged(install.type(), "already installed");
    }
    LOG.info("location {} installed the app; it is synced from now on", locationId.get());
    return new WebhookOutcome.Installed(locationId.get());
  }

  private WebhookOutcome uninstall(Optional<String> locationId) {
    if (locationId.isEmpty() || locationId.get().isBlank()) {
      return new WebhookOutcome.Acknowledged("UNINSTALL", "agency-level uninstall");
    }
    tokens.uninstalled(locationId.get());
    if (!locations.remove(locationId.get())) {
      return new WebhookOutcome.Acknowledged("UNINSTALL", "not installed");
    }
    LOG.info("location {} uninstalled the app; it is no longer synced and its tokens are deleted", locationId.get());
    return new WebhookOutcome.Uninstalled(locationId.get());
  }
}
