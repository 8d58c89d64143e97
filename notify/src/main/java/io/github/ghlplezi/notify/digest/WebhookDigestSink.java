package io.github.ghlplezi.notify.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ghlplezi.sync.alert.AlertDeliveryException;
import io.github.ghlplezi.sync.alert.SignedWebhook;
import java.util.Objects;

/**
 * Posts a JSON summary of each digest (numbers, counts and health per location; no HTML, no
 * images, no e-mail address) through a {@link SignedWebhook}, so the receiver can verify it with the
 * algorithm of {@code docs/WEBHOOK-SIGNATURES.md}. The delivery id is
 * {@code digest:<recipient id>:<week>}.
 */
public final class WebhookDigestSink implements DigestSink {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SignedWebhook webhook;

  /**
   * A sink posting to one endpoint.
   *
   * @param webhook the signed endpoint
   */
  public WebhookDigestSink(SignedWebhook webhook) {
    this.webhook = Objects.requireNonNull(webhook, "webhook");
  }

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public void deliver(RenderedDigest digest) throws DigestDeliveryException {
    try {
      webhook.post(json(digest), "digest:" + digest.recipient().id() + ":" + digest.week());
    } catch (AlertDeliveryException e) {
      throw new DigestDeliveryException("digest webhook " + digest.recipient().id() + " " + digest.week() + ": "
          + e.getMessage(), e.retriable(), e);
    }
  }

  /**
   * The JSON body posted for a digest.
   *
   * @param rendered the rendered digest
   * @return {@code {"type":"weekly_digest","recipient":...,"week":...,"locations":[...]}}
   */
  public static String json(RenderedDigest rendered) {
    Digest digest = rendered.digest();
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "weekly_digest");
    root.put("recipient", digest.recipient().id());
    root.put("week", digest.week().toString());
    root.put("from", digest.from().toOffsetDateTime().toString());
    root.put("to", digest.to().toOffsetDateTime().toString());
    root.put("subject", rendered.subject());
    root.put("generatedAt", digest.generatedAt().toString());
    ArrayNode locations = root.putArray("locations");
    for (LocationDigest l : digest.locations()) {
      ObjectNode location = locations.addObject();
      location.put("id", l.location().id());
      location.put("name", l.location().name());
      location.put("status", l.health().status().name());
      ObjectNode metrics = location.putObject("metrics");
      for (MetricLine m : l.metrics()) {
        ObjectNode metric = metrics.putObject(m.metric());
        metric.put("thisWeek", m.thisWeek());
        metric.put("lastWeek", m.lastWeek());
        if (m.hasChange()) {
          metric.put("changePercent", Math.round(m.changePercent() * 10) / 10.0);
        } else {
          metric.putNull("changePercent");
        }
      }
      location.put("tagChanges", l.tagChanges().size());
      location.put("alerts", l.alerts().size());
      location.put("syncs", l.health().syncs());
      location.put("failures", l.health().failures());
      location.put("deadLetters", l.health().deadLetters());
      location.put("openDeadLetters", l.health().openDeadLetters());
      if (l.health().lastSuccess() == null) {
        location.putNull("lastSuccess");
      } else {
        location.put("lastSuccess", l.health().lastSuccess().toInstant().toString());
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the digest summary", e);
    }
  }
}
