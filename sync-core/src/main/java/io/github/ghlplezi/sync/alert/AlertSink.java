package io.github.ghlplezi.sync.alert;

/**
 * Where alerts go: a log, a webhook, e-mail, or the embedding application's own channel.
 *
 * <p>A sink delivers one alert per call and reports failure by throwing; retrying, backing off
 * and setting an undeliverable alert aside as a dead letter are the caller's work, so a sink
 * stays small.
 */
public interface AlertSink {

  /**
   * A short name for logs and dead letters ({@code "log"}, {@code "webhook"}, {@code "email"}).
   *
   * @return the sink's name
   */
  String name();

  /**
   * Delivers one alert.
   *
   * @param alert the alert
   * @throws AlertDeliveryException when the alert was not delivered
   */
  void send(Alert alert) throws AlertDeliveryException;
}
