package io.github.ghlplezi.testkit;

import java.time.Instant;
import java.util.List;

/**
 * What happened when the fake HighLevel delivered one webhook.
 *
 * @param webhookId the event's {@code webhookId} (the same on a duplicate)
 * @param body the exact bytes sent (UTF-8 JSON), which the signatures cover
 * @param statuses the receiver's status per attempt; -1 for an attempt that failed at the network level
 * @param attemptTimes the sandbox-clock time of each attempt
 */
public record WebhookDelivery(String webhookId, byte[] body, List<Integer> statuses, List<Instant> attemptTimes) {
  /**
   * Copies the body and the lists.
   *
   * @param webhookId the event's {@code webhookId} (the same on a duplicate)
   * @param body the exact bytes sent (UTF-8 JSON), which the signatures cover
   * @param statuses the receiver's status per attempt; -1 for an attempt that failed at the network level
   * @param attemptTimes the sandbox-clock time of each attempt
   */
  public WebhookDelivery {
    body = body.clone();
    statuses = List.copyOf(statuses);
    attemptTimes = List.copyOf(attemptTimes);
  }

  /**
   * The exact bytes sent.
   *
   * @return a copy of the body
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as text.
   *
   * @return the body decoded as UTF-8
   */
  public String bodyText() {
    return new String(body, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Number of attempts made.
   *
   * @return the number of attempts
   */
  public int attempts() {
    return statuses.size();
  }

  /**
   * Whether the last attempt got a 2xx.
   *
   * @return whether the receiver finally accepted it
   */
  public boolean delivered() {
    int last = statuses.get(statuses.size() - 1);
    return last >= 200 && last < 300;
  }
}
