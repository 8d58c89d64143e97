package io.github.ghlplezi.sync.alert;

import java.util.Objects;

/**
 * Posts each alert as JSON through a {@link SignedWebhook} (HMAC-signed, see
 * {@code docs/WEBHOOK-SIGNATURES.md}), with the alert key as the delivery id.
 *
 * <p>{@link Format#GENERIC} sends every field:
 * {@code {"key":..,"kind":..,"locationId":..,"raisedAt":..,"title":..,"message":..,"details":{..}}};
 * {@link Format#SLACK} sends Slack's incoming-webhook shape, {@code {"text":..}}, which Slack,
 * Mattermost and Microsoft Teams' Slack-compatible endpoints accept.
 */
public final class WebhookAlertSink implements AlertSink {

  /** The body's shape. */
  public enum Format {
    /** Every field of the alert. */
    GENERIC,
    /** {@code {"text": ...}}: title, message, location and key. */
    SLACK
  }

  private final String name;
  private final SignedWebhook webhook;
  private final Format format;

  /**
   * A sink named {@code webhook}.
   *
   * @param webhook the endpoint and its secret
   * @param format the body's shape
   */
  public WebhookAlertSink(SignedWebhook webhook, Format format) {
    this("webhook", webhook, format);
  }

  /**
   * A named sink (several webhooks need distinct names).
   *
   * @param name the sink's name, in logs and dead letters
   * @param webhook the endpoint and its secret
   * @param format the body's shape
   */
  public WebhookAlertSink(String name, SignedWebhook webhook, Format format) {
    this.name = Objects.requireNonNull(name, "name");
    this.webhook = Objects.requireNonNull(webhook, "webhook");
    this.format = Objects.requireNonNull(format, "format");
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * The body this sink posts for an alert.
   *
   * @param alert the alert
   * @return the JSON text
   */
  public String body(Alert alert) {
    return format == Format.SLACK ? AlertJson.slack(alert) : AlertJson.generic(alert);
  }

  @Override
  public void send(Alert alert) throws AlertDeliveryException {
    webhook.post(body(alert), alert.key());
  }

  @Override
  public String toString() {
    return "WebhookAlertSink[" + name + ", " + webhook.target() + ", " + format + "]";
  }
}
