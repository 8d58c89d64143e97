package io.github.ghlplezi.connector.webhook;

/** What {@link WebhookIntake#handle} did with one delivery; {@link #httpStatus()} is the answer to send. */
public sealed interface WebhookOutcome {

  /** @return the HTTP status to answer HighLevel with */
  int httpStatus();

  /** @param locationId the location now synced */
  record Installed(String locationId) implements WebhookOutcome {
    @Override
    public int httpStatus() {
      return 200;
    }
  }

  /** @param locationId the location no longer synced, its tokens deleted */
  record Uninstalled(String locationId) implements WebhookOutcome {
    @Override
    public int httpStatus() {
      return 200;
    }
  }

  /**
   * Verified, but nothing to change (another event type, an agency-level install, a location already
   * in that state).
   *
   * @param type the event type
   * @param why why nothing changed
   */
  record Acknowledged(String type, String why) implements WebhookOutcome {
    @Override
    public int httpStatus() {
      return 200;
    }
  }

  /** A repeated {@code webhookId}: acknowledged, not processed again. */
  record Duplicate() implements WebhookOutcome {
    @Override
    public int httpStatus() {
      return 200;
    }
  }

  /** @param reason why the delivery is not trusted */
  record Refused(String reason) implements WebhookOutcome {
    @Override
    public int httpStatus() {
      return 401;
    }
  }
}
