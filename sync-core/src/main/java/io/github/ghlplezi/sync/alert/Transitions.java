package io.github.ghlplezi.sync.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Advances one subject's state through the store's compare-and-set; shared by both monitors. */
final class Transitions {

  private static final Logger LOG = LoggerFactory.getLogger(Transitions.class);

  /** Lost races in a row before giving up until the next evaluation. */
  static final int MAX_RACES = 8;

  private Transitions() {
  }

  /**
   * Reads the state, computes the next one and stores it with a compare-and-set (a firing together with
   * its alert, as pending delivery); on a lost race reads again and decides again (the winner may
   * already have fired this crossing).
   *
   * @param alertOf the alert of a firing, from the fired state
   * @return the alert when this call fired it, else empty
   */
  static Optional<Alert> advance(AlertStore store, String rule, String locationId, String accountId,
      boolean crossed, boolean cleared, OptionalDouble value, Instant now, Duration cooldown,
      Function<AlertState, Alert> alertOf) {
    for (int race = 0; race < MAX_RACES; race++) {
      AlertState current = store.state(rule, locationId, accountId)
          .orElseGet(() -> AlertState.initial(rule, locationId, accountId, now));
      AlertState next = current.next(crossed, cleared, value, now, cooldown);
      if (!current.changedInto(next)) {
        return Optional.empty();
      }
      if (current.firesInto(next)) {
        Alert alert = alertOf.apply(next);
        if (store.fire(next, alert, now)) {
          return Optional.of(alert);
        }
      } else if (store.compareAndSet(next)) {
        return Optional.empty();
      }
    }
    LOG.warn("alert state of {} for {} kept changing under this process; left for the next evaluation", rule,
        locationId);
    return Optional.empty();
  }
}
