package io.github.ghlplezi.sync.token;

/** Receives token lifecycle events. Called on the thread that detected the event; must not block. */
@FunctionalInterface
public interface TokenEventListener {
  /** A location or company needs re-authorization. */
  void onReauthorizationRequired(ReauthorizationRequired event);

  /** A listener that ignores everything. */
  static TokenEventListener none() {
    return event -> { };
  }
}
