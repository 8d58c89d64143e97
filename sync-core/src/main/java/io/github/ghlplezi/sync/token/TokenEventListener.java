package io.github.ghlplezi.sync.token;

/** Receives token lifecycle events. Called on the thread that detected the event; must not block. */
@FunctionalInterface
public interface TokenEventListener {
  /**
   * A location or company needs re-authorization.
   *
   * @param event the id, its user type and the reason
   */
  void onReauthorizationRequired(ReauthorizationRequired event);

  /**
   * A listener that ignores everything.
   *
   * @return the no-op listener
   */
  static TokenEventListener none() {
    return event -> { };
  }
}
