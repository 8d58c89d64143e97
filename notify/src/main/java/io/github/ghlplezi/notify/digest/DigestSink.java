package io.github.ghlplezi.notify.digest;

/**
 * Where a rendered digest goes: files (a preview), e-mail, a webhook, or the embedding
 * application's own channel. A sink delivers one digest per call and reports failure by throwing;
 * {@link DigestService} makes sure each recipient gets one digest per week from each sink.
 */
public interface DigestSink {

  /**
   * A short stable name ({@code "file"}, {@code "email"}, {@code "webhook"}); the once-per-week
   * claim is kept per sink name, so two sinks of a service need two names.
   *
   * @return the sink's name, at most 64 characters
   */
  String name();

  /**
   * Delivers one digest.
   *
   * @param digest the rendered digest
   * @throws DigestDeliveryException when it was not delivered
   */
  void deliver(RenderedDigest digest) throws DigestDeliveryException;
}
